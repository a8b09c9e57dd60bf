package dev.threadlab.rooms;

import java.util.concurrent.ScheduledExecutorService;
import java.util.function.LongSupplier;

/**
 * What every {@link RoomHub} shares: persistence, the event writer, grading, a scheduler for coalesced roster
 * updates, secrets, the clock (epoch ms), the limits, runs, the fan-out lanes and the bus to the school's other
 * nodes.
 */
record RoomServices(RoomStore store, RoomWrites writes, RoomProtocol protocol, Grading grading,
                    ScheduledExecutorService scheduler, Secrets secrets, LongSupplier clock, RoomLimits limits,
                    RunStarter runs, FanOut fanOut, RoomBus bus) {
}
