package org.sectorscope.architecture.planted.store;

/** Allowed: Jackson inside the store. Used by the planted logic class to reach upward. */
public final class StoreUsesJackson {
    public Object mapper() {
        return new com.fasterxml.jackson.databind.ObjectMapper();
    }
}
