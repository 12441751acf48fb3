package org.disclosurewatch.validator;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Prints the rule catalogue as the Markdown table that the README keeps between
 * {@code <!-- rules:start -->} and {@code <!-- rules:end -->}.
 */
public final class RuleCatalogueMarkdown {
    private RuleCatalogueMarkdown() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.print(RuleCatalogue.markdownTable());
    }
}
