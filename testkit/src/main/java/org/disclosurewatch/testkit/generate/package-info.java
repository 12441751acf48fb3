/**
 * Made-up annual reports for tests and benchmarks. {@link org.disclosurewatch.testkit.generate.ReportGenerator}
 * draws correct filings (every identity of the form holds, part 一 states the table numbers in the phrasings
 * of {@link org.disclosurewatch.testkit.generate.NarrativePhrases}), deterministically for a seed;
 * {@code ReportGenerator.withBlanks(seed)} also leaves cells blank, for round-trip tests.
 */
package org.disclosurewatch.testkit.generate;
