package io.docuelevate.infrastructure.logging;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Puts the document id and task id on every log record written while a piece of pipeline work runs on
 * this thread, so Liberty's JSON log lines carry {@code "ext_file_id"} and {@code "ext_task_id"} and an
 * aggregator can filter one document's story. Uses Liberty's {@code LogRecordContext} (an IBM API every
 * application sees), looked up reflectively so the class also works outside Liberty, where it does nothing.
 * Only identifiers go in, never document content or secrets.
 */
public final class PipelineLogContext {

    /** Extension names; Liberty's JSON format prefixes them with {@code ext_}. */
    public static final String FILE_ID = "file_id";

    public static final String TASK_ID = "task_id";

    private static final Logger LOG = Logger.getLogger(PipelineLogContext.class.getName());
    private static final Api API = Api.lookup();

    private PipelineLogContext() {}

    /** Runs {@code work} with {@code file_id} and {@code task_id} on its log records; restores the previous values after. */
    public static <T> T call(long fileId, String taskId, Callable<T> work) throws Exception {
        Map<String, String> previous = API.current();
        API.set(FILE_ID, Long.toString(fileId));
        API.set(TASK_ID, taskId);
        try {
            return work.call();
        } finally {
            API.restore(FILE_ID, previous.get(FILE_ID));
            API.restore(TASK_ID, previous.get(TASK_ID));
        }
    }

    /** {@link #call} for work that returns nothing and throws no checked exception. */
    public static void run(long fileId, String taskId, Runnable work) {
        try {
            call(fileId, taskId, () -> {
                work.run();
                return null;
            });
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the fields reach the log records (false outside Liberty). */
    public static boolean isActive() {
        return API.available();
    }

    /** The extension fields now set on this thread. */
    static Map<String, String> current() {
        return API.current();
    }

    /** The reflective bridge to {@code com.ibm.websphere.logging.hpel.LogRecordContext}. */
    private record Api(MethodHandle add, MethodHandle remove, MethodHandle get) {

        static Api lookup() {
            try {
                Class<?> type = Class.forName("com.ibm.websphere.logging.hpel.LogRecordContext");
                MethodHandles.Lookup lookup = MethodHandles.publicLookup();
                return new Api(
                        lookup.findStatic(
                                type, "addExtension", MethodType.methodType(void.class, String.class, String.class)),
                        lookup.findStatic(type, "removeExtension", MethodType.methodType(boolean.class, String.class)),
                        lookup.findStatic(type, "getExtensions", MethodType.methodType(void.class, Map.class)));
            } catch (ReflectiveOperationException | LinkageError e) {
                LOG.fine("LogRecordContext not available; pipeline log fields are off");
                return new Api(null, null, null);
            }
        }

        boolean available() {
            return add != null;
        }

        Map<String, String> current() {
            Map<String, String> values = new HashMap<>();
            if (available()) {
                try {
                    get.invoke(values);
                } catch (Throwable e) {
                    LOG.log(Level.FINE, "cannot read log record context", e);
                }
            }
            return values;
        }

        void set(String name, String value) {
            if (!available()) {
                return;
            }
            try {
                if (value == null) {
                    remove.invoke(name);
                } else {
                    add.invoke(name, value);
                }
            } catch (Throwable e) {
                LOG.log(Level.FINE, "cannot set log record context", e);
            }
        }

        void restore(String name, String previous) {
            set(name, previous);
        }
    }
}
