package org.sectorscope.architecture.planted.model;

/** Planted violation: the model doing I/O. */
public final class ModelReadsFiles {
    public boolean exists(String name) {
        return java.nio.file.Files.exists(java.nio.file.Path.of(name));
    }
}
