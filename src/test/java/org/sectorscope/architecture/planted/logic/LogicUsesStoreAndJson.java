package org.sectorscope.architecture.planted.logic;

import org.sectorscope.architecture.planted.store.StoreUsesJackson;

/** Planted violations: logic reaching outward to the store, and using Jackson outside the store. */
public final class LogicUsesStoreAndJson {
    public Object both() {
        return java.util.List.of(new StoreUsesJackson(), new com.fasterxml.jackson.databind.ObjectMapper());
    }
}
