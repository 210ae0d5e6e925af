package org.sectorscope.store;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import org.sectorscope.model.Sector;
import org.sectorscope.store.ProjectDto.SectorDto;

/**
 * Maps a project's sectors to the model on another core while the parser is still reading the file: each
 * sector's DTO is handed over, in batches, as soon as the parser has made it. A sector maps from its own
 * DTO and nothing else, so the result is that of mapping the whole list after the parse. Any problem (a
 * value the model refuses, a list that is not the one handed over) gives the result up, and the list is
 * mapped again in order after the parse, so the problem told is always the first, as before. What the
 * integrity check needs of the sectors alone is gathered as they are mapped ({@link ProjectIntegrity.SectorFacts}).
 */
final class SectorPipeline implements AutoCloseable {
    /** Sectors handed over at once; a short list never starts the other thread. */
    static final int BATCH = 64;
    private static final SectorDto[] END = new SectorDto[0];

    private final List<SectorDto> handed = new ArrayList<>();
    private final BlockingQueue<SectorDto[]> batches = new LinkedBlockingQueue<>();
    private CompletableFuture<Mapped> mapped;
    private int unsent;
    private boolean ended;

    /** Called on the parser's thread with each sector's DTO, in the order of the file. */
    void accept(SectorDto dto) {
        handed.add(dto);
        if (++unsent == BATCH) {
            send();
        }
    }

    private void send() {
        if (mapped == null) {
            mapped = SideWork.start(this::mapAll);
        }
        batches.add(handed.subList(handed.size() - unsent, handed.size()).toArray(END));
        unsent = 0;
    }

    /** The sectors mapped, and what the integrity check needs of them. */
    record Mapped(List<Sector> sectors, ProjectIntegrity.SectorFacts facts) {
    }

    /**
     * The sectors mapped from {@code parsed}, the list the parse made, or null when they must be mapped
     * after all: too few to have been handed over, a problem in one, or a list other than the one handed.
     */
    Mapped mapped(List<SectorDto> parsed) {
        if (mapped == null) {
            return null;
        }
        if (unsent > 0) {
            send();
        }
        end();
        Mapped sectors;
        try {
            sectors = mapped.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof Error error) {
                throw error; // out of memory: the open tells it as its own, with the file's name
            }
            return null;
        }
        if (sectors == null || parsed == null || parsed.size() != handed.size()) {
            return null;
        }
        for (int i = 0; i < handed.size(); i++) {
            if (parsed.get(i) != handed.get(i)) {
                return null; // a sector made by the parser but not kept in the list, or the reverse
            }
        }
        return sectors;
    }

    /** Lets the other thread finish when the parse failed before {@link #mapped} was asked for. */
    @Override
    public void close() {
        if (mapped != null) {
            end();
        }
    }

    private void end() {
        if (!ended) {
            ended = true;
            batches.add(END);
        }
    }

    /** On the other thread: maps every batch until the end; null once a sector could not be mapped. */
    private Mapped mapAll() {
        List<Sector> out = new ArrayList<>(BATCH * 4);
        ProjectIntegrity.SectorFacts facts = new ProjectIntegrity.SectorFacts();
        boolean failed = false;
        try {
            for (SectorDto[] batch = batches.take(); batch != END; batch = batches.take()) {
                for (int i = 0; i < batch.length && !failed; i++) {
                    try {
                        Sector sector = ProjectMapper.sector(batch[i], "sectors[" + out.size() + "]");
                        out.add(sector);
                        facts.add(sector);
                    } catch (ProjectMapper.InvalidValue | RuntimeException e) {
                        failed = true; // told, with its path, by the mapping in order after the parse
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        return failed ? null : new Mapped(out, facts);
    }

    /**
     * Wraps the parser's deserializer of a sector: the finished DTO goes to the pipeline the reader was
     * given as an attribute, when it was given one.
     */
    static final class Handing extends DelegatingDeserializer {
        Handing(JsonDeserializer<?> sectorDeserializer) {
            super(sectorDeserializer);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new Handing(newDelegatee);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Object dto = super.deserialize(p, ctxt);
            if (dto instanceof SectorDto sector && ctxt.getAttribute(SectorPipeline.class) instanceof SectorPipeline to) {
                to.accept(sector);
            }
            return dto;
        }
    }
}
