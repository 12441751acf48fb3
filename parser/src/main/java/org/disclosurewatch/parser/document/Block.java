package org.disclosurewatch.parser.document;

/** One piece of a document in reading order: a paragraph of text or a table. */
public sealed interface Block permits Paragraph, Table {
}
