package org.disclosurewatch.validator.narrative;

import java.util.List;
import java.util.regex.Pattern;
import org.disclosurewatch.contracts.form.OutcomeClass;

/**
 * Something part 一 may state a whole-year count of, recognised by the words just before the number:
 * "共收到政府信息公开申请154件" is {@link #RECEIVED}, "不予公开11件" is the outcome class 不予公开.
 *
 * @param id      stable name
 * @param family  which narrative rule compares it
 * @param keyword the words that introduce the count
 * @param outcomeGroup for an outcome class, the group of its rows in the form ("三（三）"), else null
 */
public record Topic(String id, Family family, Pattern keyword, String outcomeGroup) {

    /** Which narrative rule compares a topic, and which topics may be stated together ("予以公开及部分公开"). */
    public enum Family {
        /** Applications: received, carried over, processed, carried forward. */
        REQUESTS,
        /** Outcome classes of applications; several may be stated as one count. */
        OUTCOMES,
        /** Administrative review and litigation. */
        APPEALS,
        /** Regulations and normative documents issued, repealed, in force (part 二). */
        DOCUMENTS
    }

    public static final Topic RECEIVED = new Topic("received", Family.REQUESTS,
            p("(?:本年度?新收|新收|收到|接收|受理|接到|收悉|接受)[^，。；]*申请"), null);
    public static final Topic CARRIED_OVER = new Topic("carried_over", Family.REQUESTS,
            p("(?:上一?年度?结转|结转上一?年度?)"), null);
    public static final Topic PROCESSED = new Topic("processed", Family.REQUESTS,
            p("(?:办结|办理完毕|答复完毕)"), null);
    public static final Topic CARRIED_FORWARD = new Topic("carried_forward", Family.REQUESTS,
            p("(?:结转(?:至|到|入)?下一?年度?|结转(?:至|到)\\d{4}年度?|转入下一?年度?)(?:继续办理)?"), null);
    public static final Topic GRANTED = outcome(OutcomeClass.GRANTED, "(?<!不)" + OutcomeClass.GRANTED.label());
    public static final Topic PARTIALLY_GRANTED = outcome(OutcomeClass.PARTIALLY_GRANTED, OutcomeClass.PARTIALLY_GRANTED.label());
    public static final Topic DENIED = outcome(OutcomeClass.DENIED, "不予以?公开");
    public static final Topic UNAVAILABLE = outcome(OutcomeClass.UNAVAILABLE, OutcomeClass.UNAVAILABLE.label());
    public static final Topic NOT_PROCESSED = outcome(OutcomeClass.NOT_PROCESSED, OutcomeClass.NOT_PROCESSED.label());
    public static final Topic OTHER_PROCESSING = outcome(OutcomeClass.OTHER, OutcomeClass.OTHER.label());
    public static final Topic REVIEW = new Topic("review", Family.APPEALS, p("行政复议"), null);
    public static final Topic LITIGATION = new Topic("litigation", Family.APPEALS,
            p("(?:行政诉讼|提起诉讼|行政起诉)"), null);
    public static final Topic LITIGATION_DIRECT = new Topic("litigation_direct", Family.APPEALS,
            p("(?:未经复议|未经行政复议)直接(?:提起行政诉讼|提起诉讼|起诉)"), null);
    public static final Topic LITIGATION_AFTER_REVIEW = new Topic("litigation_after_review", Family.APPEALS,
            p("(?:行政)?复议后(?:提起)?(?:行政诉讼|诉讼|起诉)"), null);
    public static final Topic NORMATIVE_ISSUED = document("normative_issued", "(?:制发|印发|出台|新制作|新制发)",
            "规范性文件");
    public static final Topic NORMATIVE_REPEALED = document("normative_repealed", "废止", "规范性文件");
    public static final Topic NORMATIVE_IN_FORCE = document("normative_in_force", "现行有效", "规范性文件");
    public static final Topic REGULATIONS_ISSUED = document("regulations_issued", "(?:制发|印发|出台|新制作|新制发)",
            "规章(?!制度)");
    public static final Topic REGULATIONS_REPEALED = document("regulations_repealed", "废止", "规章(?!制度)");
    public static final Topic REGULATIONS_IN_FORCE = document("regulations_in_force", "现行有效", "规章(?!制度)");

    /** Every topic, most specific first where two could end at the same place. */
    public static final List<Topic> ALL = List.of(RECEIVED, CARRIED_OVER, PROCESSED, CARRIED_FORWARD, GRANTED,
            PARTIALLY_GRANTED, DENIED, UNAVAILABLE, NOT_PROCESSED, OTHER_PROCESSING, LITIGATION_DIRECT,
            LITIGATION_AFTER_REVIEW, REVIEW, LITIGATION, NORMATIVE_ISSUED, NORMATIVE_REPEALED, NORMATIVE_IN_FORCE,
            REGULATIONS_ISSUED, REGULATIONS_REPEALED, REGULATIONS_IN_FORCE);

    /** The topic of an outcome class: its id is the class's key ("other" for 其他处理). */
    private static Topic outcome(OutcomeClass c, String regex) {
        return new Topic(c.key(), Family.OUTCOMES, p(regex), c.group());
    }

    private static Topic document(String id, String verb, String object) {
        return new Topic(id, Family.DOCUMENTS, p(verb + "[^，。；、\\d]{0,12}?" + object), null);
    }

    private static Pattern p(String regex) {
        return Pattern.compile(regex);
    }

    @Override
    public String toString() {
        return id;
    }
}
