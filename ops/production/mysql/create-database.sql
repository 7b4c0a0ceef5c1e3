-- Run once on the primary as an administrator, with the password supplied by the client, e.g.
--   mysql -u root -p --init-command="SET @tegn_password = '<from your secret store>'" < create-database.sql
-- The schema itself is created and migrated by Tegn at start (Flyway, one history table per module).
CREATE DATABASE IF NOT EXISTS tegn CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
SET @create_user = CONCAT('CREATE USER IF NOT EXISTS ''tegn''@''%'' IDENTIFIED BY ''', @tegn_password, ''' REQUIRE SSL');
PREPARE s FROM @create_user; EXECUTE s; DEALLOCATE PREPARE s;
-- DDL rights are needed by the migrations at start; nothing outside the tegn schema. TRIGGER: the
-- dashboard's counters are kept by triggers (platform migration V2).
GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, ALTER, INDEX, DROP, REFERENCES, CREATE VIEW, LOCK TABLES,
  TRIGGER ON tegn.* TO 'tegn'@'%';
-- For replicas: a replication user (password again from the client)
SET @create_repl = CONCAT('CREATE USER IF NOT EXISTS ''repl''@''%'' IDENTIFIED BY ''', @repl_password, ''' REQUIRE SSL');
PREPARE s FROM @create_repl; EXECUTE s; DEALLOCATE PREPARE s;
GRANT REPLICATION SLAVE ON *.* TO 'repl'@'%';
-- For backups (ops/backup/backup against the primary or a replica)
SET @create_backup = CONCAT('CREATE USER IF NOT EXISTS ''tegn_backup''@''%'' IDENTIFIED BY ''', @backup_password, ''' REQUIRE SSL');
PREPARE s FROM @create_backup; EXECUTE s; DEALLOCATE PREPARE s;
GRANT SELECT, SHOW VIEW, TRIGGER, LOCK TABLES, PROCESS, RELOAD, REPLICATION CLIENT ON *.* TO 'tegn_backup'@'%';
