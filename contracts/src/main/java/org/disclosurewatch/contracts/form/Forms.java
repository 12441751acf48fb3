package org.disclosurewatch.contracts.form;

import static org.disclosurewatch.contracts.form.ColumnSpec.count;
import static org.disclosurewatch.contracts.form.ColumnSpec.money;
import static org.disclosurewatch.contracts.form.ColumnSpec.signed;

import java.util.ArrayList;
import java.util.List;

/**
 * The two forms, as printed by 国办公开办函〔2019〕60号 and 〔2021〕30号. Row and column keys are those of
 * the answer-key schema; labels are the printed texts (canonical first, then variants seen in filings).
 */
public final class Forms {
    public static final String TOTAL = FormKeys.TOTAL;

    /** Part 三 columns, shared by both forms. */
    public static final List<ColumnSpec> REQUEST_COLUMNS = List.of(
            count("natural_person", "自然人"),
            count("commercial_enterprise", "商业企业"),
            count("research_institution", "科研机构"),
            count("social_organization", "社会公益组织"),
            count("legal_service_agency", "法律服务机构"),
            count("other_organization", "其他"),
            count(TOTAL, "总计"));

    /** Part 四 columns of each group, shared by both forms. */
    public static final List<ColumnSpec> REVIEW_COLUMNS = List.of(
            count(FormKeys.UPHELD, "结果维持"),
            count(FormKeys.CORRECTED, "结果纠正"),
            count(FormKeys.OTHER_RESULT, "其他结果"),
            count(FormKeys.PENDING, "尚未审结"),
            count(TOTAL, "总计"));

    public static final FormDefinition FORM_2021 = new FormDefinition(ReportFormat.F2021,
            activeDisclosure2021(), requests(ReportFormat.F2021), reviews());
    public static final FormDefinition FORM_2019 = new FormDefinition(ReportFormat.F2019,
            activeDisclosure2019(), requests(ReportFormat.F2019), reviews());

    private Forms() {
    }

    public static FormDefinition of(ReportFormat format) {
        return format == ReportFormat.F2021 ? FORM_2021 : FORM_2019;
    }

    public static List<FormDefinition> all() {
        return List.of(FORM_2021, FORM_2019);
    }

    private static RowSpec plain(String key, String group, List<ColumnSpec> cols, String... labels) {
        return new RowSpec(key, group, RowRole.PLAIN, List.of(labels), cols);
    }

    private static List<RowSpec> activeDisclosure2021() {
        List<ColumnSpec> documents = List.of(
                count(FormKeys.ISSUED, "本年制发件数", "本年新制发件数"),
                count(FormKeys.REPEALED, "本年废止件数"),
                count(FormKeys.IN_FORCE, "现行有效件数"));
        List<ColumnSpec> decisions = List.of(count("decisions", "本年处理决定数量", "本年度处理决定数量"));
        List<ColumnSpec> fees = List.of(money("amount_yuan", "本年收费金额（单位：万元）", "本年收费金额"));
        return List.of(
                plain(FormKeys.REGULATIONS, "第二十条第（一）项", documents, "规章"),
                plain(FormKeys.NORMATIVE_DOCUMENTS, "第二十条第（一）项", documents, "行政规范性文件", "规范性文件"),
                plain("administrative_licensing", "第二十条第（五）项", decisions, "行政许可"),
                plain("administrative_penalty", "第二十条第（六）项", decisions, "行政处罚"),
                plain("administrative_enforcement", "第二十条第（六）项", decisions, "行政强制"),
                plain("administrative_fees", "第二十条第（八）项", fees, "行政事业性收费"));
    }

    private static List<RowSpec> activeDisclosure2019() {
        List<ColumnSpec> documents = List.of(
                count("newly_made", "本年新制作数量"),
                count("newly_published", "本年新公开数量"),
                count("total_published", "对外公开总数量"));
        List<ColumnSpec> items = List.of(
                count("items_last_year", "上一年项目数量"),
                signed("items_change", "本年增/减", "本年增减"),
                count("decisions", "处理决定数量"));
        List<ColumnSpec> fees = List.of(
                count("items_last_year", "上一年项目数量"),
                signed("items_change", "本年增/减", "本年增减"));
        List<ColumnSpec> procurement = List.of(
                count("projects", "采购项目数量"),
                money("amount_yuan", "采购总金额"));
        return List.of(
                plain(FormKeys.REGULATIONS, "第二十条第（一）项", documents, "规章"),
                plain(FormKeys.NORMATIVE_DOCUMENTS, "第二十条第（一）项", documents, "规范性文件", "行政规范性文件"),
                plain("administrative_licensing", "第二十条第（五）项", items, "行政许可"),
                plain("other_external_services", "第二十条第（五）项", items, "其他对外管理服务事项"),
                plain("administrative_penalty", "第二十条第（六）项", items, "行政处罚"),
                plain("administrative_enforcement", "第二十条第（六）项", items, "行政强制"),
                plain("administrative_fees", "第二十条第（八）项", fees, "行政事业性收费"),
                plain("centralized_procurement", "第二十条第（九）项", procurement, "政府集中采购"));
    }

    private static RowSpec req(String key, String group, RowRole role, String... labels) {
        return new RowSpec(key, group, role, List.of(labels), REQUEST_COLUMNS);
    }

    private static List<RowSpec> requests(ReportFormat format) {
        List<RowSpec> rows = new ArrayList<>();
        rows.add(req(FormKeys.NEW_RECEIVED, "一", RowRole.INTAKE, "本年新收政府信息公开申请数量"));
        rows.add(req(FormKeys.CARRIED_OVER, "二", RowRole.INTAKE, "上年结转政府信息公开申请数量"));
        rows.add(req("granted", OutcomeClass.GRANTED.group(), RowRole.OUTCOME, OutcomeClass.GRANTED.label()));
        rows.add(req("partially_granted", OutcomeClass.PARTIALLY_GRANTED.group(), RowRole.OUTCOME,
                OutcomeClass.PARTIALLY_GRANTED.label() + "（区分处理的，只计这一情形，不计其他情形）",
                OutcomeClass.PARTIALLY_GRANTED.label()));
        rows.add(req("denied_state_secret", OutcomeClass.DENIED.group(), RowRole.OUTCOME, "属于国家秘密"));
        rows.add(req("denied_prohibited_by_law", OutcomeClass.DENIED.group(), RowRole.OUTCOME, "其他法律行政法规禁止公开"));
        rows.add(req("denied_endangers_safety_stability", OutcomeClass.DENIED.group(), RowRole.OUTCOME, "危及“三安全一稳定”",
                "危及三安全一稳定"));
        rows.add(req("denied_third_party_rights", OutcomeClass.DENIED.group(), RowRole.OUTCOME, "保护第三方合法权益"));
        rows.add(req("denied_internal_affairs", OutcomeClass.DENIED.group(), RowRole.OUTCOME, "属于三类内部事务信息"));
        rows.add(req("denied_process_information", OutcomeClass.DENIED.group(), RowRole.OUTCOME, "属于四类过程性信息"));
        rows.add(req("denied_enforcement_case_file", OutcomeClass.DENIED.group(), RowRole.OUTCOME, "属于行政执法案卷"));
        rows.add(req("denied_administrative_query", OutcomeClass.DENIED.group(), RowRole.OUTCOME, "属于行政查询事项"));
        rows.add(req("unavailable_not_held", OutcomeClass.UNAVAILABLE.group(), RowRole.OUTCOME, "本机关不掌握相关政府信息"));
        rows.add(req("unavailable_needs_creation", OutcomeClass.UNAVAILABLE.group(), RowRole.OUTCOME, "没有现成信息需要另行制作"));
        rows.add(req("unavailable_unclear_after_correction", OutcomeClass.UNAVAILABLE.group(), RowRole.OUTCOME, "补正后申请内容仍不明确"));
        rows.add(req("not_processed_petition", OutcomeClass.NOT_PROCESSED.group(), RowRole.OUTCOME, "信访举报投诉类申请"));
        rows.add(req("not_processed_duplicate", OutcomeClass.NOT_PROCESSED.group(), RowRole.OUTCOME, "重复申请"));
        rows.add(req("not_processed_publication", OutcomeClass.NOT_PROCESSED.group(), RowRole.OUTCOME, "要求提供公开出版物"));
        rows.add(req("not_processed_excessive", OutcomeClass.NOT_PROCESSED.group(), RowRole.OUTCOME, "无正当理由大量反复申请"));
        rows.add(req("not_processed_confirmation", OutcomeClass.NOT_PROCESSED.group(), RowRole.OUTCOME, "要求行政机关确认或重新出具已获取信息"));
        if (format == ReportFormat.F2021) {
            rows.add(req("other_no_correction", OutcomeClass.OTHER.group(), RowRole.OUTCOME,
                    "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"));
            rows.add(req("other_unpaid_fee", OutcomeClass.OTHER.group(), RowRole.OUTCOME,
                    "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"));
            rows.add(req("other_other", OutcomeClass.OTHER.group(), RowRole.OUTCOME, "其他"));
        } else {
            rows.add(req("other", OutcomeClass.OTHER.group(), RowRole.OUTCOME, OutcomeClass.OTHER.label()));
        }
        rows.add(req(FormKeys.TOTAL_PROCESSED, "三（七）", RowRole.OUTCOME_TOTAL, "总计"));
        rows.add(req(FormKeys.CARRIED_FORWARD, "四", RowRole.CARRIED_FORWARD, "结转下年度继续办理"));
        return rows;
    }

    private static List<RowSpec> reviews() {
        return List.of(
                new RowSpec(FormKeys.REVIEW, "行政复议", RowRole.REVIEW_GROUP, List.of("行政复议"), REVIEW_COLUMNS),
                new RowSpec(FormKeys.LITIGATION_DIRECT, "行政诉讼", RowRole.REVIEW_GROUP, List.of("未经复议直接起诉"),
                        REVIEW_COLUMNS),
                new RowSpec(FormKeys.LITIGATION_AFTER_REVIEW, "行政诉讼", RowRole.REVIEW_GROUP, List.of("复议后起诉"),
                        REVIEW_COLUMNS));
    }
}
