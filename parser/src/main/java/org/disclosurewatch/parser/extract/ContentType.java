package org.disclosurewatch.parser.extract;

/** The representations the parser reads. */
public enum ContentType {
    PDF, DOCX, DOC, HTML, TEXT,
    /** A PNG, JPEG or TIFF image (a scanned page), read by OCR. */
    IMAGE
}
