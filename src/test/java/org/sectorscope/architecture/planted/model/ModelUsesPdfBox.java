package org.sectorscope.architecture.planted.model;

/** Planted violation: the model reaching for a library (PDFBox). */
public final class ModelUsesPdfBox {
    public Object document() {
        return new org.apache.pdfbox.pdmodel.PDDocument();
    }
}
