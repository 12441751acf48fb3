package org.disclosurewatch.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ReparseCommandTest {
    @Test
    void optionsBecomeTheStoreRequest() {
        ReparseCommand.Options o = ReparseCommand.Options.parse("--parser-older-than", "0.2.0", "--region", "重庆市",
                "--dry-run", "--rate", "5", "--store", "http://h:9/", "--timeout", "90s");
        assertEquals("http://h:9/api/reparse?parser_older_than=0.2.0&region=%E9%87%8D%E5%BA%86%E5%B8%82&dry_run=true&rate=5.0",
                o.startUri().toString());
        assertEquals(Duration.ofSeconds(90), o.timeout());
        assertTrue(o.dryRun());
    }

    @Test
    void noOptionsMeanEveryStoredVersionAtTheStoresDefaultRate() {
        ReparseCommand.Options o = ReparseCommand.Options.parse();
        assertEquals("http://127.0.0.1:8080/api/reparse", o.startUri().toString());
        assertEquals("operator:operator", o.user());
    }

    @Test
    void badOptionsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> ReparseCommand.Options.parse("--rate", "0"));
        assertThrows(IllegalArgumentException.class, () -> ReparseCommand.Options.parse("--region"));
        assertThrows(IllegalArgumentException.class, () -> ReparseCommand.Options.parse("--everything"));
    }
}
