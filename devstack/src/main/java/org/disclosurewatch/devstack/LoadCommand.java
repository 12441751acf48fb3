package org.disclosurewatch.devstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.disclosurewatch.devstack.load.ChaosRun;
import org.disclosurewatch.devstack.load.LoadMix;
import org.disclosurewatch.devstack.load.LoadRun;
import org.disclosurewatch.devstack.load.ParserAlone;

/**
 * {@code ./dw load [N] [--mix html=60,text=25,docx=10,pdf=5] [--rate R]} and {@code ./dw chaos [N]}: drive
 * generated documents through the running local stack (the launcher starts one if none runs).
 */
public final class LoadCommand {
    private LoadCommand() {
    }

    public static void main(String[] args) throws Exception {
        boolean chaos = args.length > 0 && args[0].equals("chaos");
        int count = chaos ? 600 : 1000;
        String mix = LoadMix.DEFAULT;
        double rate = 0;
        for (int i = chaos ? 1 : 0; i < args.length; i++) {
            switch (args[i]) {
                case "--mix" -> mix = args[++i];
                case "--rate" -> rate = Double.parseDouble(args[++i]);
                default -> count = Integer.parseInt(args[i]);
            }
        }
        Path work = Path.of(System.getProperty("dw.work", ".dw")).toAbsolutePath();
        String bootstrap = "127.0.0.1:" + Integer.getInteger("dw.kafka.port", 19092);
        String jdbc = "jdbc:postgresql://127.0.0.1:" + Integer.getInteger("dw.postgres.port", 15432) + "/postgres";
        int faults = 7;
        if (chaos && rate == 0) {
            rate = Math.max(2, count / (faults * 15.0)); // sending spans the faults
        }
        LoadRun.Config config = new LoadRun.Config(bootstrap, jdbc, "postgres", "postgres", work, count,
                LoadMix.parse(mix), rate, System.currentTimeMillis(), Duration.ofSeconds(chaos ? 180 : 90));
        try (LoadRun run = new LoadRun(config, System.out)) {
            List<LoadRun.Doc> docs = run.prepare();
            if (chaos) {
                Map<String, Long> pids = run.pids();
                ChaosRun.Outcome o = ChaosRun.run(run, docs, ChaosRun.standardFaults(pids), Duration.ofSeconds(5),
                        System.out);
                System.exit(o.delivery().clean() ? 0 : 1);
            }
            System.out.println("load: sending " + docs.size() + (rate > 0 ? " at " + rate + " per second" : " as fast as possible"));
            // the CPU figures are counted from here: a paced run spends most of its time sending
            run.sample(0);
            run.send(docs);
            var stored = run.awaitStored(docs, Duration.ofMinutes(30));
            // the machine's own limit, measured on the same documents once the stack is idle
            Double parserAlone = ParserAlone.measure(docs.subList(0, Math.min(docs.size(), 300)),
                    Runtime.getRuntime().availableProcessors(), System.out);
            run.report(docs, stored, parserAlone);
            System.exit(stored.size() == docs.size() ? 0 : 1);
        }
    }
}
