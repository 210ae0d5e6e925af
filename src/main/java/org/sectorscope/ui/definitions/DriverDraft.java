package org.sectorscope.ui.definitions;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.sectorscope.model.Driver;
import org.sectorscope.model.Extras;
import org.sectorscope.model.MarkerShape;
import org.sectorscope.model.TextLimit;

/**
 * One driver as the dialog stages it: its name, shape and colour as typed, and how many sectors it
 * drove when the dialog opened (0 for one added in the dialog). Its id and unknown fields are kept, so a
 * rename reaches every sector and loses nothing of the file.
 */
public final class DriverDraft {
    private final String id;
    private final Extras extras;
    private final int usedBy;
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ObjectProperty<MarkerShape> shape = new SimpleObjectProperty<>(this, "shape", MarkerShape.SQUARE);
    /** {@code #rrggbb}, a string so the view model needs no toolkit; the view's picker converts. */
    private final StringProperty colour = new SimpleStringProperty(this, "colour", "");

    DriverDraft(String id, String name, MarkerShape shape, String colour, Extras extras, int usedBy) {
        this.id = id;
        this.extras = extras;
        this.usedBy = usedBy;
        this.name.set(name);
        this.shape.set(shape);
        this.colour.set(colour);
    }

    static DriverDraft of(Driver d, int usedBy) {
        return new DriverDraft(d.id(), d.name(), d.shape(), d.color(), d.extras(), usedBy);
    }

    public String id() {
        return id;
    }

    /** How many sectors this driver drove when the dialog opened. */
    public int usedBy() {
        return usedBy;
    }

    /** "3 sectors", "1 sector", "none": the count shown beside the driver. */
    public String usedByText() {
        return Counts.sectors(usedBy);
    }

    /** The stripped name, within a name's limit; "" while none is typed. */
    String typedName() {
        return name.get() == null ? "" : TextLimit.NAME.fit(name.get().strip());
    }

    String typedColour() {
        return colour.get() == null ? "" : colour.get().strip();
    }

    /** The driver as staged; call only while the dialog is valid. */
    Driver toDriver() {
        return new Driver(id, typedName(), shape.get(), typedColour(), extras);
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<MarkerShape> shapeProperty() {
        return shape;
    }

    public StringProperty colourProperty() {
        return colour;
    }
}
