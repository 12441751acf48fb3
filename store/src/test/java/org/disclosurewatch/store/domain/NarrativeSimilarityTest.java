package org.disclosurewatch.store.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NarrativeSimilarityTest {
    private final NarrativeSimilarity similarity = new NarrativeSimilarity(3, 10);

    @Test
    void identicalTextsApartFromNumbersAndSpacingAreOne() {
        assertEquals(1.0, similarity.similarity("全年受理申请 12 件，办结12件。", "全年受理申请45件，办结 7 件"), 1e-9);
    }

    @Test
    void differentTextsAreFarApart() {
        assertTrue(similarity.similarity("全年受理申请十二件全部办结", "网站改版新增栏目两个专题") < 0.1);
    }

    @Test
    void aSmallEditLowersTheScoreALittle() {
        String a = "本机关坚持以公开为常态不公开为例外，依法依规做好主动公开和依申请公开工作，持续提升透明度。";
        String b = a.replace("持续提升透明度", "不断提高公信力");
        double s = similarity.similarity(a, b);
        assertTrue(s > 0.6 && s < 0.9, "score " + s);
    }

    @Test
    void shortTextsAreNotCompared() {
        assertFalse(similarity.comparable("总体情况", "总体情况"));
        assertFalse(similarity.comparable(null, "本机关坚持以公开为常态不公开为例外"));
    }

    @Test
    void normalisingDropsPunctuationAndFoldsDigits() {
        assertEquals("共#件", NarrativeSimilarity.normalise("共 2024 件。"));
    }
}
