/**
 * Renders an {@link org.disclosurewatch.contracts.form.AnnualReport} as the documents portals serve: text
 * extractions ({@link org.disclosurewatch.testkit.render.TextRenderer}), portal pages
 * ({@link org.disclosurewatch.testkit.render.HtmlRenderer}), Word documents
 * ({@link org.disclosurewatch.testkit.render.DocxRenderer}) and PDFs
 * ({@link org.disclosurewatch.testkit.render.PdfRenderer}, which needs the Debian package fonts-wqy-zenhei).
 * All draw the same merged-cell layout of the form ({@link org.disclosurewatch.testkit.render.FormTables});
 * {@link org.disclosurewatch.testkit.render.RenderOptions} varies the dress the way real documents do.
 */
package org.disclosurewatch.testkit.render;
