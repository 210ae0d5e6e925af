package org.sectorscope.store;

/** What an import does with rows for things the project already has, where the row differs from them. */
public enum OnExisting { SKIP, UPDATE }
