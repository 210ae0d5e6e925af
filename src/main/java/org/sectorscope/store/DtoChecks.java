package org.sectorscope.store;

import org.sectorscope.model.Extras;
import org.sectorscope.store.ProjectMapper.InvalidValue;

/**
 * What the mappers between DTOs and the model share: building a record with its refusal told at the value's
 * JSON path, a required value, and the unknown keys a DTO carries through to the model and back.
 */
final class DtoChecks {
    private DtoChecks() {
    }

    /** A required key that is absent; its message is the full path. */
    static final class MissingValue extends IllegalArgumentException {
        private final String path;

        MissingValue(String path) {
            super(path + " is missing");
            this.path = path;
        }

        String path() {
            return path;
        }
    }

    interface Builder<T> {
        T build() throws InvalidValue;
    }

    /** Runs a model constructor, turning its refusal into an error at {@code path}. */
    static <T> T build(String path, Builder<T> builder) throws InvalidValue {
        try {
            return builder.build();
        } catch (MissingValue m) {
            throw m;
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidValue(path, e.getMessage() != null ? e.getMessage() : "a required value is null");
        }
    }

    static <T> T required(T value, String path) {
        if (value == null) {
            throw new MissingValue(path);
        }
        return value;
    }

    static Extras extras(Extensible dto) {
        return Extras.of(dto.unknown());
    }

    static <D extends Extensible> D with(D dto, Extras extras) {
        dto.putAllUnknown(extras.fields());
        return dto;
    }
}
