package org.sectorscope.ui.sources;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What "Open source" may do with what a project file names (issue 12, point 10). A project file can come
 * from anyone, and the desktop runs whatever it is handed, so nothing is handed over unchecked:
 * <ul>
 * <li>an {@code http} or {@code https} address opens in the browser (the dialog shows it before);</li>
 * <li>a local file opens when it is a document by its type ({@link #DOCUMENT_TYPES}), a regular file
 * not marked executable, and really (links followed) inside or below the project's folder or a folder
 * the analyst chose;</li>
 * <li>a program never opens ({@link #PROGRAM_TYPES}, or a file marked executable that is not a
 * document), nor does a folder, device, pipe, a missing file, or a script link
 * ({@code javascript:}, {@code vbscript:}, {@code data:}) or one of the Windows handlers that have
 * run programs from a link ({@code ms-msdt:}, {@code search-ms:}, {@code search:});</li>
 * <li>anything else (another scheme such as {@code smb:} or {@code vscode:}, a file outside those
 * folders or of another type, an address that names a user before its host) only after the analyst
 * confirms, shown the full target and why it needs asking.</li>
 * </ul>
 * {@link #target} reads the fields without touching the disk; {@link #decide} looks at the file system,
 * so it runs off the FX thread.
 */
public final class SourceOpening {
    /** Opened without asking when inside the project's folder or a chosen one. */
    public static final Set<String> DOCUMENT_TYPES = Set.of("pdf", "txt", "md", "csv", "html", "htm", "rtf",
            "odt", "ods", "odp", "docx", "xlsx", "pptx", "epub", "png", "jpg", "jpeg", "gif");
    /** Never opened: each of these runs, installs or mounts something when the desktop opens it. */
    public static final Set<String> PROGRAM_TYPES = Set.of("exe", "com", "bat", "cmd", "msi", "msp", "msc",
            "scr", "pif", "cpl", "ps1", "psm1", "vbs", "vbe", "js", "jse", "wsf", "wsh", "ws", "hta", "chm", "lnk",
            "url", "reg", "inf", "jar", "jnlp", "sh", "bash", "zsh", "csh", "ksh", "fish", "command", "tool", "app",
            "desktop", "appimage", "run", "bin", "elf", "so", "dll", "py", "pyw", "pl", "rb", "php", "deb", "rpm",
            "dmg", "pkg", "apk", "iso", "img", "scpt", "applescript", "workflow", "action", "library-ms",
            "searchconnector-ms", "settingcontent-ms", "appref-ms", "application", "gadget", "xbap");
    private static final Set<String> NEVER_SCHEMES = Set.of("javascript", "vbscript", "data", "ms-msdt",
            "search-ms", "search");
    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]+:.*", Pattern.DOTALL);

    private SourceOpening() {
    }

    /** What to do: open at once, ask first, or never. */
    public enum Verdict { OPEN, CONFIRM, REFUSE }

    /**
     * The decision about one target.
     *
     * @param uri    what the desktop is handed when it opens
     * @param shown  the target as the analyst should read it: the full address or real path, with
     *               invisible characters (direction overrides, zero-width marks) written as {@code \\uXXXX}
     * @param reason why it needs asking or is refused ("" when it opens)
     * @param folder for a local file that needs asking, its folder, which the analyst may choose to trust
     */
    public record Decision(Verdict verdict, String uri, String shown, String reason, Path folder) {
        static Decision open(String uri, String shown) {
            return new Decision(Verdict.OPEN, uri, shown, "", null);
        }

        static Decision confirm(String uri, String shown, String reason, Path folder) {
            return new Decision(Verdict.CONFIRM, uri, shown, reason, folder);
        }

        static Decision refuse(String shown, String reason) {
            return new Decision(Verdict.REFUSE, null, shown, reason, null);
        }
    }

    /**
     * The source's target as a URI string, without touching the disk: the file (a relative path taken from
     * the project's folder) as a {@code file:} URI, else the URL ({@code https://} added when it names no
     * scheme). Empty when there is neither, or a relative file with no project folder to start from.
     */
    public static Optional<String> target(String file, String url, Path projectFolder) {
        if (file != null && !file.isBlank()) {
            String f = file.strip();
            if (f.regionMatches(true, 0, "file:", 0, 5)) {
                return Optional.of(f);
            }
            try {
                Path p = Path.of(f);
                if (!p.isAbsolute()) {
                    if (projectFolder == null) {
                        return Optional.empty();
                    }
                    p = projectFolder.resolve(p);
                }
                return Optional.of(p.toAbsolutePath().normalize().toUri().toString());
            } catch (InvalidPathException e) {
                return Optional.empty();
            }
        }
        if (url != null && !url.isBlank()) {
            String u = url.strip();
            return Optional.of(SCHEME.matcher(u).matches() ? u : "https://" + u);
        }
        return Optional.empty();
    }

    /**
     * Decides about a {@link #target}. Reads the file system (links, type, permissions): call it off the
     * FX thread. {@code chosenFolders} are folders the analyst chose (by Browse or by trusting one).
     */
    public static Decision decide(String target, Path projectFolder, Collection<Path> chosenFolders) {
        String shown = visible(target);
        int colon = target.indexOf(':');
        String scheme = colon > 0 ? target.substring(0, colon).strip().toLowerCase(Locale.ROOT) : "";
        if (NEVER_SCHEMES.contains(scheme)) {
            return Decision.refuse(shown, "a \u201c" + scheme + ":\u201d link " + (scheme.endsWith("script")
                    || scheme.equals("data") ? "runs a script" : "starts a Windows tool that has been used to run "
                    + "programs from a link") + ", not a document; Sectorscope never opens one");
        }
        if (scheme.equals("http") || scheme.equals("https")) {
            return web(target, shown);
        }
        if (scheme.equals("file")) {
            return file(target, shown, projectFolder, chosenFolders);
        }
        return Decision.confirm(target, shown, "this is not a web address: a \u201c" + scheme + ":\u201d link is "
                + "handed to whatever program handles " + scheme + ": on this computer", null);
    }

    private static Decision web(String target, String shown) {
        URI uri;
        try {
            uri = new URI(target);
        } catch (URISyntaxException e) {
            return Decision.refuse(shown, "not a valid web address (" + e.getReason() + ")");
        }
        if (uri.getRawUserInfo() != null) {
            return Decision.confirm(uri.toASCIIString(), shown, "the address puts \u201c" + visible(uri.getUserInfo())
                    + "@\u201d before its real host, " + uri.getHost() + ", a common disguise", null);
        }
        if (uri.getHost() == null) {
            return Decision.confirm(uri.toASCIIString(), shown, "the address has no usual host name", null);
        }
        return Decision.open(uri.toASCIIString(), shown);
    }

    private static Decision file(String target, String shown, Path projectFolder, Collection<Path> chosenFolders) {
        URI uri;
        Path path;
        try {
            uri = new URI(target);
            String host = uri.getHost() != null ? uri.getHost() : uri.getRawAuthority();
            if (host != null && !host.isEmpty() && !host.equalsIgnoreCase("localhost")) {
                return Decision.confirm(target, shown, "the file is on another computer (" + visible(host) + ")", null);
            }
            path = Path.of(new URI("file", null, uri.getPath(), null)).toAbsolutePath().normalize();
        } catch (URISyntaxException | IllegalArgumentException e) { // InvalidPathException among them
            return Decision.refuse(shown, "not a valid file path");
        }
        String pathShown = visible(path.toString());
        if (!Files.exists(path)) {
            return Decision.refuse(pathShown, "no such file");
        }
        Path real;
        try {
            real = path.toRealPath();
        } catch (IOException | SecurityException e) {
            return Decision.refuse(pathShown, "it cannot be read");
        }
        String realShown = real.equals(path) ? pathShown : pathShown + " \u2192 " + visible(real.toString());
        if (Files.isDirectory(real)) {
            return Decision.refuse(realShown, "it is a folder, not a document");
        }
        if (!Files.isRegularFile(real)) {
            return Decision.refuse(realShown, "it is not a regular file (a device, pipe or socket)");
        }
        String type = extension(real); // the real file's name is what the desktop goes by
        if (type != null && PROGRAM_TYPES.contains(type)) {
            return Decision.refuse(realShown, "it is a program (." + type + "); Sectorscope never runs programs");
        }
        boolean document = type != null && DOCUMENT_TYPES.contains(type);
        if (markedExecutable(real)) {
            if (!document) {
                return Decision.refuse(realShown, "it is marked executable, so it is a program; Sectorscope never "
                        + "runs programs");
            }
            return Decision.confirm(real.toUri().toString(), realShown, "it is marked executable although its name "
                    + "says ." + type + " document", real.getParent());
        }
        boolean inside = within(real, projectFolder) || chosenFolders.stream().anyMatch(f -> within(real, f));
        if (document && inside) {
            return Decision.open(real.toUri().toString(), realShown);
        }
        String notDocument = (type == null ? "a file with no type" : "." + type) + " is not one of the document "
                + "types opened without asking";
        String why = inside ? notDocument : "it is outside the project's folder and the folders you chose"
                + (document ? "" : ", and " + notDocument);
        return Decision.confirm(real.toUri().toString(), realShown, why, real.getParent());
    }

    /** Whether {@code file} (a real path) is inside or below {@code folder}, links in the folder followed. */
    private static boolean within(Path file, Path folder) {
        if (folder == null) {
            return false;
        }
        try {
            return file.startsWith(folder.toRealPath());
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    private static boolean markedExecutable(Path file) {
        try {
            Set<PosixFilePermission> p = Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS);
            return p.contains(PosixFilePermission.OWNER_EXECUTE) || p.contains(PosixFilePermission.GROUP_EXECUTE)
                    || p.contains(PosixFilePermission.OTHERS_EXECUTE);
        } catch (UnsupportedOperationException | IOException | SecurityException e) {
            return false; // no POSIX permissions (Windows): the type decides
        }
    }

    /** The lower-case type after the last dot, or null when the name has none. */
    private static String extension(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return null;
        }
        String n = name.toString().strip();
        while (n.endsWith(".")) {
            n = n.substring(0, n.length() - 1); // Windows drops trailing dots: "setup.exe." runs setup.exe
        }
        int dot = n.lastIndexOf('.');
        return dot <= 0 || dot == n.length() - 1 ? null : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The text with characters that hide or reorder what is read (format and control characters) escaped. */
    static String visible(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            int type = Character.getType(c);
            if (type == Character.FORMAT || type == Character.CONTROL || type == Character.UNASSIGNED
                    || type == Character.PRIVATE_USE) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
