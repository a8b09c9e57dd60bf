package dev.threadlab.ui.classroom;

import dev.threadlab.rooms.MemberRole;
import dev.threadlab.rooms.PlaybackMode;
import dev.threadlab.rooms.RoomCommand;
import dev.threadlab.rooms.RoomEvent;
import dev.threadlab.rooms.RoomStatus;
import dev.threadlab.rooms.Verdict;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The room protocol is written twice, as Java records on the server ({@link RoomEvent}, {@link RoomCommand}) and as
 * TypeScript types in the page's socket ({@code room/room-protocol.ts}): every event the server sends is a variant
 * of the page's {@code RoomEvent} with the same fields, every command the page sends is one the server reads with
 * the same fields, and the names of room status, playback mode, role and verdict are the server's.
 */
class RoomProtocolAgreeTest {

    private static final Path PROTOCOL = Path.of("src/main/frontend/room/room-protocol.ts");
    private static final Pattern VARIANT = Pattern.compile("\\{\\s*type:\\s*'(\\w+)';?([^{}]*)}");
    private static final Pattern FIELD = Pattern.compile("(\\w+)\\??:");

    @Test
    void every_event_the_server_sends_is_one_the_page_knows_with_the_same_fields() throws Exception {
        Map<String, Set<String>> page = variants(union(Files.readString(PROTOCOL), "RoomEvent"));

        assertThat(page).isEqualTo(records(RoomEvent.class));
    }

    @Test
    void every_command_the_page_sends_is_one_the_server_reads_with_the_same_fields() throws Exception {
        Map<String, Set<String>> page = variants(union(Files.readString(PROTOCOL), "RoomCommand"));
        Map<String, Set<String>> server = records(RoomCommand.class);

        assertThat(page).isNotEmpty();
        page.forEach((type, fields) -> assertThat(server).as("the server's command %s", type).containsEntry(type, fields));
    }

    @Test
    void the_names_of_closed_sets_are_the_servers() throws Exception {
        String typeScript = Files.readString(PROTOCOL);

        assertThat(names(typeScript, "RoomStatus")).isEqualTo(jsonNames(RoomStatus.values()));
        assertThat(names(typeScript, "PlaybackMode")).isEqualTo(jsonNames(PlaybackMode.values()));
        assertThat(names(typeScript, "Role")).isEqualTo(jsonNames(MemberRole.values()));
        assertThat(names(typeScript, "VerdictStatus")).isEqualTo(jsonNames(Verdict.Status.values()));
    }

    /** The text of {@code export type NAME = …;}. */
    private static String union(String typeScript, String name) {
        Matcher m = Pattern.compile("export type " + name + " =(.*?);\\s*\\n\\s*\\n", Pattern.DOTALL).matcher(typeScript);
        assertThat(m.find()).as("room-protocol.ts declares %s", name).isTrue();
        return m.group(1);
    }

    private static Map<String, Set<String>> variants(String union) {
        Map<String, Set<String>> variants = new TreeMap<>();
        Matcher variant = VARIANT.matcher(union);
        while (variant.find()) {
            Set<String> fields = new LinkedHashSet<>();
            Matcher field = FIELD.matcher(variant.group(2));
            while (field.find()) {
                fields.add(field.group(1));
            }
            variants.put(variant.group(1), Set.copyOf(fields));
        }
        return variants;
    }

    /** Each record that implements {@code sealed} (through its sealed sub-interfaces): its name and components. */
    private static Map<String, Set<String>> records(Class<?> sealed) {
        Map<String, Set<String>> records = new TreeMap<>();
        for (Class<?> type : sealed.getPermittedSubclasses()) {
            if (type.isRecord()) {
                records.put(type.getSimpleName(), Arrays.stream(type.getRecordComponents())
                        .map(RecordComponent::getName).collect(Collectors.toUnmodifiableSet()));
            } else {
                records.putAll(records(type));
            }
        }
        return records;
    }

    private static Set<String> names(String typeScript, String type) {
        Matcher m = Pattern.compile("export type " + type + " = ([^;]*);").matcher(typeScript);
        assertThat(m.find()).as("room-protocol.ts declares %s", type).isTrue();
        return Arrays.stream(m.group(1).split("\\|")).map(s -> s.strip().replace("'", ""))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    private static Set<String> jsonNames(Enum<?>[] values) throws ReflectiveOperationException {
        Set<String> names = new java.util.TreeSet<>();
        for (Enum<?> value : values) {
            names.add((String) value.getClass().getMethod("jsonName").invoke(value));
        }
        return names;
    }
}
