package org.disclosurewatch.testkit.render;

/**
 * A rendered report: its bytes, the content type a portal would serve it with and the usual file
 * extension.
 */
public record RenderedDocument(byte[] content, String contentType, String extension) {
}
