package org.disclosurewatch.validator.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PublicationEvidenceTest {

    @Test
    void sourcesAndConflictsInWords() {
        assertEquals("；公开日期取自栏目列表，门户另示：网址 2025-03-10",
                PublicationEvidence.describe("listing", "url 2025-03-10"));
        assertEquals("；公开日期取自页面“发布时间”", PublicationEvidence.describe("page:发布时间", null));
        assertEquals("；门户另示：页面元数据 PubDate 2025-02-01、网址 2025-02-03",
                PublicationEvidence.describe(null, "meta:PubDate 2025-02-01, url 2025-02-03"));
        assertEquals("", PublicationEvidence.describe(null, null));
        assertEquals("", PublicationEvidence.describe(" ", ""));
    }
}
