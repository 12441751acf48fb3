package org.disclosurewatch.parser.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** PNG, JPEG and TIFF are told by their bytes, whatever type they are served as. */
class ImageSniffingTest {
    private static byte[] image(String format) throws Exception {
        BufferedImage img = new BufferedImage(20, 20, BufferedImage.TYPE_BYTE_GRAY);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, format, out);
        return out.toByteArray();
    }

    @Test
    void imagesAreSniffedByTheirMagicNumbers() throws Exception {
        for (String format : new String[] {"png", "jpeg", "tiff"}) {
            assertEquals(ContentType.IMAGE, ContentSniffer.sniff(image(format), "application/octet-stream"), format);
            assertEquals(ContentType.IMAGE, ContentSniffer.sniff(image(format), "text/html"), format + " served as HTML");
        }
    }

    @Test
    void textThatStartsLikeAnImageNameIsNotAnImage() {
        assertEquals(ContentType.TEXT, ContentSniffer.sniff("PNG 图片说明\n".getBytes(java.nio.charset.StandardCharsets.UTF_8), null));
        assertEquals(ContentType.TEXT, ContentSniffer.sniff("II*".getBytes(java.nio.charset.StandardCharsets.UTF_8), null), "too short");
    }
}
