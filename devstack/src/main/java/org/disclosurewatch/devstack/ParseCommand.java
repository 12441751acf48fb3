package org.disclosurewatch.devstack;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.disclosurewatch.contracts.events.Finding;
import org.disclosurewatch.contracts.form.AnnualReport;
import org.disclosurewatch.contracts.form.DocumentKind;
import org.disclosurewatch.contracts.json.Json;
import org.disclosurewatch.parser.DocumentParseException;
import org.disclosurewatch.parser.DocumentParser;
import org.disclosurewatch.parser.ParserLimits;
import org.disclosurewatch.parser.isolation.ParseWorkerPool;
import org.disclosurewatch.parser.isolation.PoolSettings;
import org.disclosurewatch.validator.ReportValidator;

/**
 * {@code ./dw parse FILE...}: reads each file as the parser service would (type sniffed from the bytes) and
 * prints the report as JSON in the answer-key schema, with the validator's {@code findings}.
 * Each file is parsed in a supervised worker process under the service's bounds (30 s, 256 MB), so a
 * hostile file ends with the same reason as in the service. Exits 1 when a file could not be parsed (the
 * reason goes to standard error).
 */
public final class ParseCommand {
    private ParseCommand() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (args.length == 0) {
            System.err.println("usage: ./dw parse FILE...");
            System.exit(2);
        }
        int failed;
        try (ParseWorkerPool parser = new ParseWorkerPool(PoolSettings.of(1, 256, ParserLimits.defaults()))) {
            failed = parseAll(parser, new ReportValidator(), args, out);
        }
        System.exit(failed == 0 ? 0 : 1);
    }

    private static int parseAll(DocumentParser parser, ReportValidator validator, String[] files, PrintStream out) {
        int failed = 0;
        for (String arg : files) {
            Path file = Path.of(arg);
            try {
                out.println(Json.writePretty(toJson(parser, validator, Files.readAllBytes(file), file.toUri().toString())));
            } catch (DocumentParseException e) {
                failed++;
                System.err.println(arg + ": cannot parse: " + e.getMessage());
            } catch (IOException e) {
                failed++;
                System.err.println(arg + ": cannot read: " + e.getMessage());
            }
        }
        return failed;
    }

    /** The parse of one document with its findings, as printed by the command. */
    public static ObjectNode toJson(DocumentParser parser, ReportValidator validator, byte[] bytes, String url)
            throws DocumentParseException {
        AnnualReport report = parser.parse(bytes, null, url);
        List<Finding> findings = report.kind() == DocumentKind.ANNUAL_REPORT ? validator.validate(report, null) : List.of();
        ObjectNode node = Json.mapper().valueToTree(report);
        node.set("findings", Json.mapper().valueToTree(findings));
        return node;
    }
}
