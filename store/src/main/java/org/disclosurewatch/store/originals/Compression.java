package org.disclosurewatch.store.originals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** How original bytes are kept: gzip when that makes them smaller, as they are otherwise (PDFs, images). */
public enum Compression {
    GZIP("gzip"),
    IDENTITY("identity");

    private final String id;

    Compression(String id) {
        this.id = id;
    }

    /** The name stored with the bytes. */
    public String id() {
        return id;
    }

    public static Compression of(String id) {
        for (Compression c : values()) {
            if (c.id.equals(id)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown encoding of stored original: " + id);
    }

    /** The bytes to store and their encoding. */
    public record Packed(Compression encoding, byte[] bytes) {
    }

    /** Gzip-compressed bytes, or the bytes themselves when compressing does not make them smaller. */
    public static Packed pack(byte[] raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, raw.length / 3));
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(raw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] packed = out.toByteArray();
        return packed.length < raw.length ? new Packed(GZIP, packed) : new Packed(IDENTITY, raw);
    }

    /** The original bytes back. */
    public byte[] unpack(byte[] stored) {
        if (this == IDENTITY) {
            return stored;
        }
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(stored))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("stored original cannot be decompressed", e);
        }
    }
}
