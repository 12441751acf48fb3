package org.disclosurewatch.testkit.render;

/** How column-header words are broken, as editors of real reports do ("商业<br>企业"). */
public enum HeaderSplit {
    /** Header words whole. */
    NONE,
    /** Broken by a line break ({@code <br>}, a new line in text, a break in a DOCX run). */
    LINE_BREAK,
    /** Broken into two paragraphs ({@code <p>商业</p><p>企业</p>}); text output uses a space. */
    PARAGRAPH
}
