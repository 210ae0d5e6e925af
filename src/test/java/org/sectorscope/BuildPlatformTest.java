package org.sectorscope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class BuildPlatformTest {
    @Test
    void namesEachSystemAsOpenJfxDoes() {
        assertEquals(Optional.of("linux"), BuildPlatform.of("Linux", "amd64"));
        assertEquals(Optional.of("linux-aarch64"), BuildPlatform.of("Linux", "aarch64"));
        assertEquals(Optional.of("win"), BuildPlatform.of("Windows 11", "amd64"));
        assertEquals(Optional.of("mac"), BuildPlatform.of("Mac OS X", "x86_64"));
        assertEquals(Optional.of("mac-aarch64"), BuildPlatform.of("Mac OS X", "aarch64"));
        assertEquals(Optional.empty(), BuildPlatform.of("Windows 10", "x86"));
        assertEquals(Optional.empty(), BuildPlatform.of("FreeBSD", "amd64"));
    }

    @Test
    void aBuildForThisSystemStarts() {
        assertEquals(Optional.empty(), BuildPlatform.mismatch("linux", "Linux", "amd64"));
        assertEquals(Optional.empty(), BuildPlatform.mismatch("win", "Windows 11", "amd64"));
        assertEquals(Optional.empty(), BuildPlatform.mismatch("mac-aarch64", "Mac OS X", "aarch64"));
    }

    @Test
    void aBuildThatDoesNotSayIsTakenToFit() {
        assertEquals(Optional.empty(), BuildPlatform.mismatch(null, "Windows 11", "amd64"));
        assertEquals(Optional.empty(), BuildPlatform.mismatch(" ", "Windows 11", "amd64"));
    }

    @Test
    void aLinuxBuildOnWindowsSaysHowToBuildForWindows() {
        String message = BuildPlatform.mismatch("linux", "Windows 11", "amd64").orElseThrow();
        assertEquals("This Sectorscope build is for Linux (x86-64); this computer runs Windows 11 (amd64). To use"
                + " the window here, build it on this computer with `mvn package`, or on any computer with"
                + " `mvn package -Djavafx.platform=win`. The command-line forms work anywhere ('sectorscope --help').",
                message);
    }

    @Test
    void anIntelMacBuildIsRefusedOnAppleSilicon() {
        String message = BuildPlatform.mismatch("mac", "Mac OS X", "aarch64").orElseThrow();
        assertTrue(message.startsWith("This Sectorscope build is for macOS (Intel); this computer runs Mac OS X (aarch64)."),
                message);
        assertTrue(message.contains("-Djavafx.platform=mac-aarch64"), message);
    }

    @Test
    void aSystemJavaFxDoesNotBuildForSaysSo() {
        String message = BuildPlatform.mismatch("linux", "FreeBSD", "amd64").orElseThrow();
        assertTrue(message.contains("JavaFX has no build for this system"), message);
    }
}
