package org.sectorscope.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.sectorscope.store.ProjectMapper.InvalidValue;

/** Lists of the file's DTOs mapped to the model and back, each element's path named in an error. */
final class DtoLists {
    private DtoLists() {
    }

    interface ElementMapper<D, T> {
        T map(D dto, String path) throws InvalidValue;
    }

    static <D, T> List<T> each(List<D> dtos, String path, ElementMapper<D, T> mapper) throws InvalidValue {
        if (dtos == null) {
            return List.of();
        }
        List<T> out = new ArrayList<>(dtos.size());
        for (int i = 0; i < dtos.size(); i++) {
            D dto = dtos.get(i);
            String at = path + "[" + i + "]";
            if (dto == null) {
                throw new InvalidValue(at, "must be an object, found null");
            }
            out.add(mapper.map(dto, at));
        }
        return out;
    }

    /** From this many, a list is mapped on every core: sectors are most of a large project's work. */
    static final int PARALLEL_FROM = 512;

    /**
     * {@link #each} on every core for a long list. Each element maps alone (records, no shared state);
     * if any fails, the list is mapped again in order, so the problem told is always the first one.
     */
    static <D, T> List<T> eachInParallel(List<D> dtos, String path, ElementMapper<D, T> mapper) throws InvalidValue {
        if (dtos == null || dtos.size() < PARALLEL_FROM) {
            return each(dtos, path, mapper);
        }
        Object[] out = new Object[dtos.size()];
        try {
            IntStream.range(0, dtos.size()).parallel().forEach(i -> {
                try {
                    out[i] = mapper.map(Objects.requireNonNull(dtos.get(i)), path + "[" + i + "]");
                } catch (InvalidValue e) {
                    throw new IllegalArgumentException(e);
                }
            });
        } catch (RuntimeException failed) {
            return each(dtos, path, mapper);
        }
        @SuppressWarnings("unchecked") // every slot holds the mapper's T
        List<T> mapped = (List<T>) Arrays.asList(out);
        return mapped;
    }

    static <T, D> List<D> map(List<T> items, Function<T, D> f) {
        return items.stream().map(f).toList();
    }

    /** {@link #map} on every core for a long list (each element's DTO is made alone, from a record). */
    static <T, D> List<D> mapInParallel(List<T> items, Function<T, D> f) {
        return items.size() < PARALLEL_FROM ? map(items, f) : items.parallelStream().map(f).toList();
    }
}
