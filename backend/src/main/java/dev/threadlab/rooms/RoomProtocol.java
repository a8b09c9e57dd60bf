package dev.threadlab.rooms;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.threadlab.api.ProblemException;
import dev.threadlab.json.LabJson;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.exc.InvalidTypeIdException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The room protocol as JSON text (ROOMS.md), one mapping for both ends: Jackson writes and reads the sealed
 * {@link RoomEvent} and {@link RoomCommand} records by their annotations ({@code "type"} naming the record). The
 * server writes each event once, for all its members, and reads commands strictly: a malformed one is a
 * {@link BadMessage} saying what is wrong and where, in words of the protocol. The Vaadin panels write their commands
 * through this class too, so a field renamed on one side cannot drift from the other.
 */
public final class RoomProtocol {

    /** The {@code type} of each command the server reads: its record's simple name. */
    private static final Set<String> COMMAND_TYPES = records(RoomCommand.class).map(Class::getSimpleName)
            .collect(Collectors.toUnmodifiableSet());

    /** The goals' {@code kind}s, in their order: "noLostUpdates, noDeadlock, …". */
    private static final String GOAL_KINDS = records(Goal.class).map(c -> c.getAnnotation(JsonTypeName.class).value())
            .collect(Collectors.joining(", "));

    private final JsonMapper mapper;
    private final ObjectWriter events;
    private final ObjectWriter commands;
    private final ObjectReader strict;
    private final ObjectReader eventReader;

    /** @param mapper the lab's mapper: its reading rules (depth, numbers, duplicate keys) apply to commands */
    public RoomProtocol(JsonMapper mapper) {
        this.mapper = mapper;
        this.events = mapper.writerFor(RoomEvent.class);
        this.commands = mapper.writerFor(RoomCommand.class);
        this.strict = strict(mapper).readerFor(RoomCommand.class);
        this.eventReader = mapper.readerFor(RoomEvent.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /**
     * The mapper reading commands: as the lab's, but a value must have its field's JSON type (no {@code "10"} for a
     * number, no {@code 1.5} for an integer, no {@code 5} for a string or a mode), and unknown fields are ignored.
     */
    private static JsonMapper strict(JsonMapper mapper) {
        return mapper.rebuild()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .withCoercionConfig(LogicalType.Textual, text -> text
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .build();
    }

    public String write(RoomEvent event) {
        return events.writeValueAsString(event);
    }

    public String write(RoomCommand command) {
        return commands.writeValueAsString(command);
    }

    /** An event as a client reads it (the Vaadin panels): fields it does not know are skipped. */
    public RoomEvent readEvent(JsonNode event) {
        return eventReader.readValue(event);
    }

    /** A client's message as its command; unknown fields are ignored, anything else malformed is refused. */
    public RoomCommand read(String text) {
        JsonNode node;
        try {
            node = LabJson.readTree(mapper, text);
        } catch (ProblemException e) {
            throw new BadMessage(e.getMessage());
        }
        if (!node.isObject()) {
            throw new BadMessage("A message is a JSON object with a \"type\".");
        }
        JsonNode type = node.get("type");
        String name = CommandField.TYPE.text(type == null || !type.isString() ? null : type.asString());
        if (!COMMAND_TYPES.contains(name)) {
            throw new BadMessage("Unknown message type \"" + abbreviate(name) + "\".");
        }
        try {
            return strict.readValue(node);
        } catch (JacksonException e) {
            throw refusal(e, node);
        }
    }

    /** What Jackson could not read in {@code message}, said by the field it was reading. */
    private static BadMessage refusal(JacksonException e, JsonNode message) {
        List<String> path = e.getPath().stream().map(JacksonException.Reference::getPropertyName)
                .filter(Objects::nonNull).toList();
        Throwable cause = rootCause(e);
        if (cause instanceof BadMessage refused) {
            return refused; // a record's own check
        }
        if (cause instanceof IllegalArgumentException goal && !(cause instanceof NumberFormatException)
                && path.contains("goal")) {
            return new BadMessage("goal: " + goal.getMessage());
        }
        if (e instanceof InvalidTypeIdException unknown && at(message, path).isObject()) {
            String kind = unknown.getTypeId();
            return kind == null || kind.isBlank() ? CommandField.KIND.refused()
                    : new BadMessage("Unknown goal kind \"" + kind + "\"; one of " + GOAL_KINDS + ".");
        }
        return path.isEmpty() ? new BadMessage("The message does not fit its \"type\".")
                : CommandField.named(path.getLast()).map(CommandField::refused)
                        .orElseGet(() -> new BadMessage("\"" + path.getLast() + "\" is not valid here."));
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static JsonNode at(JsonNode node, List<String> path) {
        JsonNode value = node;
        for (String name : path) {
            value = value.path(name);
        }
        return value;
    }

    /** The records of a sealed hierarchy, through its sealed sub-interfaces. */
    private static Stream<Class<?>> records(Class<?> sealed) {
        return Arrays.stream(sealed.getPermittedSubclasses())
                .flatMap(c -> c.isRecord() ? Stream.of(c) : records(c));
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
