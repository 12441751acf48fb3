package org.disclosurewatch.validator.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.disclosurewatch.contracts.events.Finding;
import org.disclosurewatch.contracts.events.Severity;
import org.disclosurewatch.contracts.form.AnnualReport;
import org.disclosurewatch.testkit.Fixtures;
import org.disclosurewatch.validator.ReportValidator;
import org.disclosurewatch.validator.support.Reports;
import org.junit.jupiter.api.Test;

/** The identities of parts 三 and 四 on the tables of seed 004 (blank cell requests.unavailable_needs_creation.total). */
class IdentityRulesTest {
    private final ReportValidator validator = new ReportValidator();

    private static AnnualReport seed004() {
        return Reports.copy(Reports.fromKey(Fixtures.seeds().get(4).keyJson()));
    }

    private List<Finding> errors(AnnualReport r) {
        return validator.validate(r, null).stream().filter(f -> f.severity() == Severity.ERROR).toList();
    }

    private static void set(AnnualReport r, String path, long value) {
        String[] p = path.split("\\.");
        r.cells(org.disclosurewatch.contracts.form.CellPath.parse(path).section()).put(p[1], p[2],
                BigDecimal.valueOf(value));
    }

    @Test
    void theSeedTablesSatisfyEveryIdentity() {
        assertEquals(List.of(), errors(seed004()));
    }

    @Test
    void aChangedApplicantCellBreaksItsRowSumAndItsColumnIdentities() {
        AnnualReport r = seed004();
        set(r, "requests.new_received.natural_person", 49); // was 48
        List<Finding> errors = errors(r);
        Finding rowSum = errors.stream().filter(f -> f.ruleId().equals("part3.row_sum")).findFirst().orElseThrow();
        assertEquals("requests.new_received.total", rowSum.cell());
        assertEquals("inconsistent_total", rowSum.kind());
        assertEquals("52", rowSum.observed());
        assertEquals("53", rowSum.expected());
        assertEquals("第三部分“本年新收”行：自然人(49) + 商业企业(3) + 科研机构(0) + 社会公益组织(0) + 法律服务机构(1)"
                + " + 其他(0) ≠ 总计(52)", rowSum.message());
        assertTrue(rowSum.cells().contains("requests.new_received.natural_person"));
        Finding balance = errors.stream().filter(f -> f.ruleId().equals("part3.balance")).findFirst().orElseThrow();
        assertEquals("requests.total_processed.natural_person", balance.cell());
        assertTrue(balance.message().startsWith("第三部分“自然人”列：本年新收(49) + 上年结转(0) ≠ 办理结果总计("),
                balance.message());
        assertEquals(2, errors.size(), errors::toString);
    }

    @Test
    void aChangedOutcomeTotalBreaksTheOutcomeSumAndTheBalance() {
        AnnualReport r = seed004();
        set(r, "requests.total_processed.total", 50);
        List<String> rules = errors(r).stream().map(Finding::ruleId).sorted().toList();
        assertEquals(List.of("part3.balance", "part3.outcome_sum", "part3.row_sum"), rules);
        Finding sum = errors(r).stream().filter(f -> f.ruleId().equals("part3.outcome_sum")).findFirst()
                .orElseThrow();
        assertEquals("第三部分“总计”列：予以公开(19) + 部分公开(9) + 不予公开(11) + 无法提供(≥ 9) + 不予处理(0)"
                + " + 其他处理(3) ≠ 办理结果总计(50)（空白单元格未计入，已填数字之和已超过另一侧）", sum.message());
        assertEquals("≥ 51", sum.expected());
    }

    @Test
    void aBlankDoesNotHideASumThatIsAlreadyTooLarge() {
        AnnualReport r = seed004();
        set(r, "requests.unavailable_not_held.total", 60); // the blank sits in the same column
        set(r, "requests.unavailable_not_held.natural_person", 60);
        List<Finding> outcome = errors(r).stream().filter(f -> f.ruleId().equals("part3.outcome_sum")
                && f.cell().equals("requests.total_processed.total")).toList();
        assertEquals(1, outcome.size(), () -> errors(r).toString());
        assertTrue(outcome.get(0).message().contains("空白单元格未计入"), outcome.get(0).message());
    }

    @Test
    void aBlankDoesNotFakeAnErrorWhereTheSumCouldStillHold() {
        AnnualReport r = seed004();
        // the blank total of its own row: the applicants add up to 0, a blank total could be 0
        assertTrue(errors(r).stream().noneMatch(f -> f.cells().contains("requests.unavailable_needs_creation.total")));
        set(r, "requests.unavailable_needs_creation.natural_person", 3);
        // its row: 3 against a blank total is undecidable; its column: known outcomes 9+… stay ≤ the total
        assertTrue(errors(r).stream().noneMatch(f -> f.ruleId().equals("part3.row_sum")), () -> errors(r).toString());
    }

    @Test
    void aChangedPart4CellBreaksItsGroupSum() {
        AnnualReport r = seed004();
        set(r, "reviews_and_litigation.litigation_direct.upheld", 4);
        List<Finding> errors = errors(r);
        assertEquals(1, errors.size(), errors::toString);
        Finding f = errors.get(0);
        assertEquals("part4.group_sum", f.ruleId());
        assertEquals("reviews_and_litigation.litigation_direct.total", f.cell());
        assertEquals("第四部分“行政诉讼（未经复议直接起诉）”：结果维持(4) + 结果纠正(0) + 其他结果(1) + 尚未审结(0) ≠ 总计(2)",
                f.message());
    }

    @Test
    void sumIdentityVerdicts() {
        Term a = new Term("a", "a", BigDecimal.ONE);
        Term b = new Term("b", "b", BigDecimal.TEN);
        Term blank = new Term("x", "x", null);
        assertEquals(SumIdentity.Verdict.HOLDS, new SumIdentity(List.of(a, a), List.of(new Term("t", "t",
                BigDecimal.valueOf(2)))).verdict());
        assertEquals(SumIdentity.Verdict.FAILS, new SumIdentity(List.of(a), List.of(b)).verdict());
        assertEquals(SumIdentity.Verdict.UNDECIDABLE, new SumIdentity(List.of(a, blank), List.of(b)).verdict());
        assertEquals(SumIdentity.Verdict.FAILS, new SumIdentity(List.of(b, blank), List.of(a)).verdict());
        assertEquals(SumIdentity.Verdict.UNDECIDABLE, new SumIdentity(List.of(b, blank), List.of(a, blank)).verdict());
        assertEquals(SumIdentity.Verdict.UNDECIDABLE, new SumIdentity(List.of(a), List.of(blank)).verdict());
    }

    @Test
    void cellValuesMustFitTheirColumn() {
        AnnualReport r = seed004();
        r.requests().put("granted", "natural_person", new BigDecimal("-1"));
        r.activeDisclosure().put("normative_documents", "issued", new BigDecimal("2.5"));
        r.activeDisclosure().put("administrative_fees", "amount_yuan", new BigDecimal("-3.20"));
        List<Finding> invalid = validator.validate(r, null).stream()
                .filter(f -> f.kind().equals("invalid_value")).toList();
        assertEquals(List.of("requests.granted.natural_person", "active_disclosure.normative_documents.issued",
                "active_disclosure.administrative_fees.amount_yuan").stream().sorted().toList(),
                invalid.stream().map(Finding::cell).sorted().toList());
        assertTrue(invalid.stream().allMatch(f -> f.severity() == Severity.ERROR));
        // money may have decimals, 本年增/减 may be negative
        assertEquals(null, CellValueRule.problem(org.disclosurewatch.contracts.form.CellKind.MONEY_YUAN,
                new BigDecimal("59490886.67")));
        assertEquals(null, CellValueRule.problem(org.disclosurewatch.contracts.form.CellKind.SIGNED_COUNT,
                new BigDecimal("-13")));
        assertEquals("整数", CellValueRule.problem(org.disclosurewatch.contracts.form.CellKind.SIGNED_COUNT,
                new BigDecimal("1.5")));
    }

    @Test
    void everyBlankCellIsReportedOnceWithItsPath() {
        AnnualReport r = seed004();
        r.reviewsAndLitigation().put("review", "other", null);
        List<String> blanks = validator.validate(r, null).stream().filter(f -> f.kind().equals("empty_cell"))
                .map(Finding::cell).sorted().toList();
        assertEquals(List.of("requests.unavailable_needs_creation.total", "reviews_and_litigation.review.other"),
                blanks);
    }
}
