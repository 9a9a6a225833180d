-- Background solving jobs (package fr.allervers.solving, db-scheduler): db-scheduler's PostgreSQL schema
-- (postgresql_tables.sql of db-scheduler 16.7) in H2 types, created here so that Flyway, not the library, owns the
-- schema. On H2 (one instance) rows are claimed by an optimistic update of their version; the solving instance keeps
-- last_heartbeat fresh, and a row whose heartbeat is too old is revived at the next start.
CREATE TABLE scheduled_tasks (
  task_name varchar(100) NOT NULL,
  task_instance varchar(200) NOT NULL,
  task_data blob,
  execution_time timestamp with time zone NOT NULL,
  picked boolean NOT NULL,
  picked_by varchar(100),
  last_success timestamp with time zone,
  last_failure timestamp with time zone,
  consecutive_failures int,
  last_heartbeat timestamp with time zone,
  version bigint NOT NULL,
  priority smallint,
  PRIMARY KEY (task_name, task_instance)
);

CREATE INDEX execution_time_idx ON scheduled_tasks (execution_time);
CREATE INDEX last_heartbeat_idx ON scheduled_tasks (last_heartbeat);
CREATE INDEX priority_execution_time_idx ON scheduled_tasks (priority DESC, execution_time ASC);

-- Solving time a permanence plan has already had, written with each checkpoint: a solve taken over after a crash
-- or a planned shutdown continues with the time that is left, not a fresh time limit.
ALTER TABLE permanence_plan ADD COLUMN solving_spent_ms bigint NOT NULL DEFAULT 0;
