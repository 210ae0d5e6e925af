package org.sectorscope.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * What a {@link ProjectLock}'s file says: one JSON object,
 * <pre>{"format": "sectorscope-lock", "holder": "alice", "host": "laptop", "pid": 4121,
 *  "time": "2024-05-01T09:30:00.123Z", "appVersion": "0.1.0"}</pre>
 * ({@code time} is ISO-8601 UTC), and, read back, whether its process still runs on this computer.
 */
final class LockFileContent {
    static final String FORMAT = "sectorscope-lock";
    static final String THIS_HOST = findHostName();
    static final String APP_VERSION = AppVersion.current();

    private LockFileContent() {
    }

    static byte[] toJson(LockHolder holder) {
        ObjectNode node = ProjectJson.MAPPER.createObjectNode();
        node.put("format", FORMAT);
        node.put("holder", holder.user());
        node.put("host", holder.host());
        node.put("pid", holder.pid());
        node.put("time", holder.since().toString());
        node.put("appVersion", holder.appVersion());
        try {
            return (ProjectJson.WRITER.writeValueAsString(node) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("a tree of strings always serialises", e);
        }
    }

    static LockHolder parse(byte[] content) {
        try {
            JsonNode node = ProjectJson.MAPPER.readTree(content);
            if (node == null || !node.isObject() || !FORMAT.equals(node.path("format").asText(null))
                    || !node.path("pid").isIntegralNumber() || !node.path("pid").canConvertToLong()
                    || node.path("pid").asLong() <= 0) {
                return LockHolder.unreadable();
            }
            String host = text(node, "host");
            long pid = node.get("pid").asLong();
            String time = text(node, "time");
            Instant since = time == null ? null : Instant.parse(time);
            return new LockHolder(text(node, "holder"), host, pid, since, text(node, "appVersion"),
                    statusOf(host, pid));
        } catch (IOException | RuntimeException e) {
            // Not JSON, cut short by a crash, a malformed time: all the same to the user.
            return LockHolder.unreadable();
        }
    }

    private static String text(JsonNode node, String key) {
        JsonNode value = node.get(key);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    private static LockHolder.Status statusOf(String host, long pid) {
        if (THIS_HOST == null || host == null || !host.equalsIgnoreCase(THIS_HOST)) {
            return LockHolder.Status.OTHER_COMPUTER;
        }
        boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        return alive ? LockHolder.Status.RUNNING : LockHolder.Status.NOT_RUNNING;
    }

    /**
     * This computer's name, found the same way in every Sectorscope process, or null if unknown (then no
     * lock is ever judged stale).
     */
    private static String findHostName() {
        String windows = System.getenv("COMPUTERNAME");
        if (windows != null && !windows.isBlank()) {
            return windows;
        }
        try {
            String name = InetAddress.getLocalHost().getHostName();
            if (name != null && !name.isBlank()) {
                return name;
            }
        } catch (IOException e) {
            // The name does not resolve (no network, not in /etc/hosts): ask the file the system keeps.
        }
        try {
            String name = Files.readString(Path.of("/etc/hostname")).trim();
            return name.isEmpty() ? null : name;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
