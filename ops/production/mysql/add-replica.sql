-- Run on a new replica (tegn.cnf with its own server_id and read_only = ON) after loading a
-- consistent copy of the primary, e.g. ops/backup/backup taken with --source-data, or a clone
-- (CLONE INSTANCE FROM ... with the clone plugin). GTID auto-positioning finds the place to start.
-- The password comes from the client: --init-command="SET @repl_password = '...'"
SET @change = CONCAT(
  'CHANGE REPLICATION SOURCE TO SOURCE_HOST = ''', @source_host, ''', SOURCE_PORT = 3306,',
  ' SOURCE_USER = ''repl'', SOURCE_PASSWORD = ''', @repl_password, ''',',
  ' SOURCE_AUTO_POSITION = 1, SOURCE_SSL = 1, GET_SOURCE_PUBLIC_KEY = 1');
PREPARE s FROM @change; EXECUTE s; DEALLOCATE PREPARE s;
START REPLICA;
-- check: SHOW REPLICA STATUS\G  (Replica_IO_Running and Replica_SQL_Running = Yes, Seconds_Behind_Source small)
