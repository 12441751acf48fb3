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

    @Test
    void theScoreIsTheJaccardSimilarityOfTheShingleSets() {
        java.util.Random random = new java.util.Random(3);
        String alphabet = "本机关坚持以公开为常态不公开为例外全年受理申请件办结";
        for (int size = 1; size <= 6; size++) {
            NarrativeSimilarity s = new NarrativeSimilarity(size, 0);
            for (int n = 0; n < 50; n++) {
                String a = text(random, alphabet, 5 + random.nextInt(60));
                String b = random.nextBoolean() ? a.substring(0, a.length() / 2) + text(random, alphabet, 20)
                        : text(random, alphabet, 5 + random.nextInt(60));
                assertEquals(reference(a, b, size), s.similarity(a, b), 1e-12, a + " / " + b);
                double ifComparable = s.similarityIfComparable(a, b);
                if (s.comparable(a, b)) {
                    assertEquals(s.similarity(a, b), ifComparable, 1e-12);
                } else {
                    assertTrue(Double.isNaN(ifComparable), "shorter than a shingle: not compared");
                }
            }
        }
        assertTrue(Double.isNaN(similarity.similarityIfComparable("总体情况", "总体情况")), "too short: not compared");
    }

    private static String text(java.util.Random random, String alphabet, int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    private static double reference(String a, String b, int size) {
        java.util.Set<String> x = new java.util.HashSet<>();
        java.util.Set<String> y = new java.util.HashSet<>();
        for (int i = 0; i + size <= a.length(); i++) {
            x.add(a.substring(i, i + size));
        }
        for (int i = 0; i + size <= b.length(); i++) {
            y.add(b.substring(i, i + size));
        }
        if (x.isEmpty() && y.isEmpty()) {
            return 1.0;
        }
        java.util.Set<String> union = new java.util.HashSet<>(x);
        union.addAll(y);
        x.retainAll(y);
        return (double) x.size() / union.size();
    }
}
