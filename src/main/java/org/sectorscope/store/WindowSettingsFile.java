package org.sectorscope.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The main window's size, place, dividers and View menu choices, kept in {@code window.json} in the
 * settings folder ({@link AppFolders#config()}):
 * <pre>{"version": 2, "window": {"x": 40, "y": 30, "width": 1280, "height": 720, "maximized": false},
 *  "dividers": {"sectors": [0.17], ...}, "view": {"theme": "dark", "textScale": 125, "hiddenPanes": ["options"]}}</pre>
 * Version 1 had no "view"; it reads as the defaults.
 */
public final class WindowSettingsFile {
    public static final String FILE_NAME = "window.json";
    private static final int VERSION = 2;
    private final Path file;

    public WindowSettingsFile(Path settingsDir) {
        this.file = settingsDir.resolve(FILE_NAME);
    }

    public Path path() {
        return file;
    }

    /**
     * The settings as saved. A missing or unreadable file, or an unreadable part of it, gives the
     * defaults for that part: this is a convenience, not data, and never worth an error dialog.
     */
    public WindowSettings load() {
        JsonNode root;
        try {
            byte[] json = SettingsFiles.read(file, "the window settings");
            if (json == null) {
                return WindowSettings.DEFAULTS;
            }
            root = ProjectJson.MAPPER.readTree(json);
        } catch (IOException | RuntimeException e) {
            return WindowSettings.DEFAULTS;
        }
        if (root == null || !root.isObject()) {
            return WindowSettings.DEFAULTS;
        }
        JsonNode window = root.path("window");
        JsonNode view = root.path("view");
        // The record turns an unknown theme, text size or pane into the default.
        Set<String> hidden = new LinkedHashSet<>();
        view.path("hiddenPanes").forEach(p -> hidden.add(p.asText("")));
        return new WindowSettings(area(window), window.path("maximized").asBoolean(false), dividers(root.path("dividers")),
                view.path("theme").asText(WindowSettings.LIGHT),
                view.path("textScale").isInt() ? view.path("textScale").intValue() : WindowSettings.NORMAL_TEXT,
                hidden);
    }

    public void save(WindowSettings settings) throws ProjectFileException {
        ObjectNode root = ProjectJson.MAPPER.createObjectNode();
        root.put("version", VERSION);
        if (settings.bounds() != null) {
            ObjectNode window = root.putObject("window");
            window.put("x", settings.bounds().x());
            window.put("y", settings.bounds().y());
            window.put("width", settings.bounds().width());
            window.put("height", settings.bounds().height());
            window.put("maximized", settings.maximized());
        }
        ObjectNode dividers = root.putObject("dividers");
        settings.dividers().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            ArrayNode positions = dividers.putArray(e.getKey());
            e.getValue().forEach(positions::add);
        });
        ObjectNode view = root.putObject("view");
        view.put("theme", settings.theme());
        view.put("textScale", settings.textScale());
        ArrayNode hidden = view.putArray("hiddenPanes");
        settings.hiddenPanes().stream().sorted().forEach(hidden::add);
        try {
            Files.createDirectories(file.getParent());
            AtomicFileWriter.write(file, ProjectJson.WRITER.writeValueAsBytes(root));
        } catch (IOException e) {
            throw new ProjectFileException(file, "could not be saved (" + IoReasons.of(e) + ")", e);
        }
    }

    private static WindowSettings.Area area(JsonNode window) {
        for (String field : new String[] {"x", "y", "width", "height"}) {
            if (!window.path(field).isNumber()) {
                return null;
            }
        }
        try {
            return new WindowSettings.Area(window.get("x").asDouble(), window.get("y").asDouble(),
                    window.get("width").asDouble(), window.get("height").asDouble());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Map<String, List<Double>> dividers(JsonNode node) {
        Map<String, List<Double>> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isArray()) {
                continue;
            }
            List<Double> positions = new ArrayList<>();
            e.getValue().forEach(p -> positions.add(p.isNumber() ? p.asDouble() : Double.NaN));
            out.put(e.getKey(), positions); // the record drops lists with a bad position
        }
        return out;
    }
}
