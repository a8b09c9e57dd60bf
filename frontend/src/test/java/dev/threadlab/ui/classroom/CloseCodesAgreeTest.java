package dev.threadlab.ui.classroom;

import dev.threadlab.rooms.CloseCodes;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The room page's socket ({@code room/room-protocol.ts}) reacts to the server's close codes by number: each code it
 * names must be the server's ({@link CloseCodes}) under the same name, or a page would, say, forget a student's token
 * on the wrong close.
 */
class CloseCodesAgreeTest {

    private static final Path PROTOCOL = Path.of("src/main/frontend/room/room-protocol.ts");
    private static final Pattern BLOCK = Pattern.compile("export const CloseCode = \\{(.*?)\\} as const;", Pattern.DOTALL);
    private static final Pattern ENTRY = Pattern.compile("([A-Z_]+):\\s*(\\d+)");

    @Test
    void every_close_code_the_page_names_is_the_servers_under_the_same_name() throws Exception {
        Map<String, Integer> page = pageCodes(Files.readString(PROTOCOL));

        assertThat(page).as("close codes in %s", PROTOCOL).isNotEmpty().containsKeys("REPLACED", "BAD_REQUEST", "LOCKED");
        for (Map.Entry<String, Integer> code : page.entrySet()) {
            assertThat(CloseCodes.class.getField(code.getKey()).getInt(null)).as("CloseCodes.%s", code.getKey())
                    .isEqualTo(code.getValue());
        }
    }

    static Map<String, Integer> pageCodes(String typeScript) {
        Matcher block = BLOCK.matcher(typeScript);
        assertThat(block.find()).as("room-protocol.ts declares CloseCode").isTrue();
        Map<String, Integer> codes = new LinkedHashMap<>();
        Matcher entry = ENTRY.matcher(block.group(1));
        while (entry.find()) {
            codes.put(entry.group(1), Integer.parseInt(entry.group(2)));
        }
        return codes;
    }
}
