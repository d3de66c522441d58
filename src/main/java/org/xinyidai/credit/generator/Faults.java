package org.xinyidai.credit.generator;

import java.util.Map;
import java.util.Random;

/** Spoils a generated row the way real deliveries go wrong, so the checks and the quality page have work. */
final class Faults {

    private Faults() {
    }

    static void spoil(Map<String, String> row, Random r) {
        switch (r.nextInt(5)) {
            case 0 -> {
                String uscc = row.get("uscc");
                char wrong = uscc.charAt(17) == '0' ? '1' : '0';
                row.put("uscc", uscc.substring(0, 17) + wrong);
            }
            case 1 -> row.put("uscc", row.get("uscc").substring(0, 10));
            case 2 -> row.put("authority", "");
            case 3 -> row.entrySet().stream().filter(e -> e.getKey().endsWith("month") || e.getKey().endsWith("_on")
                    || e.getKey().startsWith("valid")).findFirst().ifPresent(e -> e.setValue("2026-13-45"));
            default -> row.entrySet().stream().filter(e -> e.getKey().equals("amount")
                    || e.getKey().equals("registered_capital") || e.getKey().equals("headcount")
                    || e.getKey().equals("contributors")).findFirst().ifPresent(e -> e.setValue("-1"));
        }
    }
}
