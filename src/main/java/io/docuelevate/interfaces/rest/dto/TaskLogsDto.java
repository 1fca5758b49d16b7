package io.docuelevate.interfaces.rest.dto;

import java.util.List;

/** {@code GET /api/logs/task/{task_id}}: the task's whole log, oldest first, and the number of lines. */
public record TaskLogsDto(String taskId, List<LogEntryDto> logs, int totalLogs) {}
