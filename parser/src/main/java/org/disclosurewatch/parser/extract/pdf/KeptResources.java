package org.disclosurewatch.parser.extract.pdf;

import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.DefaultResourceCache;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.pattern.PDAbstractPattern;
import org.apache.pdfbox.pdmodel.graphics.shading.PDShading;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;

/**
 * A document's resource cache that keeps what it holds while the pages are read. PDFBox's text stripper
 * evicts a page's resources once it has read the page, so a font shared by every page (the usual embedded
 * CJK font, whose ToUnicode map and TrueType tables are the dearest thing to load) was loaded again for each
 * page. The entries stay soft references, as in PDFBox's own cache, and the cache lives only as long as the
 * pass over the pages.
 */
final class KeptResources extends DefaultResourceCache {
    @Override
    public PDFont removeFont(COSObject indirect) {
        return null;
    }

    @Override
    public PDColorSpace removeColorSpace(COSObject indirect) {
        return null;
    }

    @Override
    public PDExtendedGraphicsState removeExtState(COSObject indirect) {
        return null;
    }

    @Override
    public PDShading removeShading(COSObject indirect) {
        return null;
    }

    @Override
    public PDAbstractPattern removePattern(COSObject indirect) {
        return null;
    }

    @Override
    public PDPropertyList removeProperties(COSObject indirect) {
        return null;
    }

    @Override
    public PDXObject removeXObject(COSObject indirect) {
        return null;
    }
}
