-- Background solving jobs of every instance (package fr.allervers.solving, db-scheduler). The table is db-scheduler's
-- own schema for PostgreSQL (postgresql_tables.sql of db-scheduler 16.7), created here so that Flyway, not the
-- library, owns the schema. Instances claim due rows with SELECT … FOR UPDATE SKIP LOCKED and keep last_heartbeat
-- fresh while solving; a row whose heartbeat is too old is revived and taken by another instance.
CREATE TABLE scheduled_tasks (
  task_name text NOT NULL,
  task_instance text NOT NULL,
  task_data bytea,
  execution_time timestamp with time zone NOT NULL,
  picked boolean NOT NULL,
  picked_by text,
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
