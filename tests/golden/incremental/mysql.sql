-- file: 000_setup.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect mysql
-- run the files in run_order.txt; this one creates the target schema

CREATE SCHEMA IF NOT EXISTS `app_masked`;

CREATE TABLE IF NOT EXISTS `app_masked`.`_datamask_meta` (
  `table_name` VARCHAR(255) NOT NULL,
  `key_fingerprint` VARCHAR(64) NOT NULL,
  `rules_sha256` VARCHAR(64) NOT NULL,
  `algorithm` VARCHAR(16) NOT NULL,
  `mode` VARCHAR(16) NOT NULL,
  `cursor_column` VARCHAR(255),
  `watermark` VARCHAR(255),
  `built_at` VARCHAR(40),
  PRIMARY KEY (`table_name`)
);

-- file: 001_lookup_full_name_en_us_d00868ef7b67.sql (lookup data, sha256 b32344176edcfd89051316586c61d7dacb90d2e15351f2af137b369435a2591f)

-- file: 002_countries.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect mysql
-- builds the masked copy of app.countries in a staging table
-- masking key: SET @datamask_key = '<output of: datamask-sql key>';

DROP TABLE IF EXISTS `app_masked`.`_dm_stage_e45d4cbade71`;

CREATE TABLE `app_masked`.`_dm_stage_e45d4cbade71` (
  CONSTRAINT `_dm_pk_483f497792_0` PRIMARY KEY (`code`)
) AS
SELECT
  `src`.`code` AS `code`,
  `src`.`name` AS `name`
FROM `app`.`countries` AS `src`;

ALTER TABLE `app_masked`.`_dm_stage_e45d4cbade71`
MODIFY COLUMN `code` CHAR(2) NOT NULL;

ALTER TABLE `app_masked`.`_dm_stage_e45d4cbade71`
MODIFY COLUMN `name` VARCHAR(80) NOT NULL;

-- file: 003_customers.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect mysql
-- builds the masked copy of app.customers in a staging table
-- masking key: SET @datamask_key = '<output of: datamask-sql key>';

DROP TABLE IF EXISTS `app_masked`.`_dm_mark_21eb2153dd14`;

CREATE TABLE `app_masked`.`_dm_mark_21eb2153dd14` AS
SELECT
  MAX(`updated_at`) AS `mark`
FROM `app`.`customers`;

DROP TABLE IF EXISTS `app_masked`.`_dm_stage_21eb2153dd14`;

CREATE TABLE `app_masked`.`_dm_stage_21eb2153dd14` AS
SELECT
  CAST(CASE
    WHEN `src`.`id` IS NULL
    THEN NULL
    ELSE 1 + CAST(CONV(SUBSTRING(`src`.`_dm_digest_1`, 1, 15), 16, 10) AS SIGNED) % 1152921504606846976
  END AS SIGNED) AS `id`,
  CAST(CASE
    WHEN `src`.`email` IS NULL
    THEN NULL
    ELSE CONCAT(
      SUBSTRING(`src`.`_dm_digest_2`, 1, 16),
      '@',
      CASE
        WHEN CAST(CONV(SUBSTRING(`src`.`_dm_digest_2`, 17, 2), 16, 10) AS SIGNED) % 3 = 0
        THEN 'example.com'
        WHEN CAST(CONV(SUBSTRING(`src`.`_dm_digest_2`, 17, 2), 16, 10) AS SIGNED) % 3 = 1
        THEN 'example.net'
        ELSE 'example.org'
      END
    )
  END AS CHAR(200)) AS `email`,
  CAST(CASE
    WHEN `src`.`name` IS NULL
    THEN NULL
    ELSE CASE
      WHEN CHAR_LENGTH(CAST(`src`.`name` AS CHAR CHARACTER SET utf8mb4)) = 0
      THEN `src`.`name`
      ELSE `_dm_l1`.`value`
    END
  END AS CHAR(100)) AS `name`,
  `src`.`updated_at` AS `updated_at`
FROM (
  SELECT
    `src`.*,
    LOWER(
      SHA2(
        CAST(CONCAT(
          COALESCE(
            @datamask_key,
            (
              SELECT
                'datamask_key is not set'
              UNION ALL
              SELECT
                'see the file header'
            )
          ),
          '4152e2c55f37a7f106a36fb37083bd6313946539c3af8cd7e20e4ce2cf4a71c0',
          CAST(`src`.`id` AS CHAR)
        ) AS CHAR CHARACTER SET utf8mb4),
        256
      )
    ) AS `_dm_digest_1`,
    LOWER(
      SHA2(
        CAST(CONCAT(
          COALESCE(
            @datamask_key,
            (
              SELECT
                'datamask_key is not set'
              UNION ALL
              SELECT
                'see the file header'
            )
          ),
          'e721e2036e4becf7b6fc57200cf2e63eaa4759e0c40f20fc4e194ad9b398bc30',
          CAST(`src`.`email` AS CHAR CHARACTER SET utf8mb4)
        ) AS CHAR CHARACTER SET utf8mb4),
        256
      )
    ) AS `_dm_digest_2`,
    LOWER(
      SHA2(
        CAST(CONCAT(
          COALESCE(
            @datamask_key,
            (
              SELECT
                'datamask_key is not set'
              UNION ALL
              SELECT
                'see the file header'
            )
          ),
          '09aa832fe8afe9d372c5ae87aa742fececda483552679929d14a2cf545195059',
          CAST(`src`.`name` AS CHAR CHARACTER SET utf8mb4)
        ) AS CHAR CHARACTER SET utf8mb4),
        256
      )
    ) AS `_dm_digest_3`
  FROM `app`.`customers` AS `src`
  WHERE
    `src`.`updated_at` > CAST('2026-11-30 23:59:59' AS DATETIME)
  LIMIT 18446744073709551615
) AS `src`
LEFT JOIN `app_masked`.`_dm_lookup_full_name_en_us_d00868ef7b67` AS `_dm_l1`
  ON `_dm_l1`.`idx` = CAST(CONV(SUBSTRING(`src`.`_dm_digest_3`, 1, 15), 16, 10) AS SIGNED) % 4000;

-- file: 004_events.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect mysql
-- builds the masked copy of app.events in a staging table
-- masking key: SET @datamask_key = '<output of: datamask-sql key>';

DROP TABLE IF EXISTS `app_masked`.`_dm_mark_862417b9e7c3`;

CREATE TABLE `app_masked`.`_dm_mark_862417b9e7c3` AS
SELECT
  MAX(`seq`) AS `mark`
FROM `app`.`events`;

DROP TABLE IF EXISTS `app_masked`.`_dm_stage_862417b9e7c3`;

CREATE TABLE `app_masked`.`_dm_stage_862417b9e7c3` AS
SELECT
  `src`.`seq` AS `seq`,
  CAST(CASE
    WHEN `src`.`event_id` IS NULL
    THEN NULL
    ELSE SUBSTRING(`src`.`_dm_digest_1`, 1, 36)
  END AS CHAR(36)) AS `event_id`,
  CAST(CASE
    WHEN `src`.`customer_id` IS NULL
    THEN NULL
    ELSE 1 + CAST(CONV(SUBSTRING(`src`.`_dm_digest_2`, 1, 15), 16, 10) AS SIGNED) % 1152921504606846976
  END AS SIGNED) AS `customer_id`,
  CAST(CASE
    WHEN `src`.`detail` IS NULL
    THEN NULL
    ELSE REGEXP_REPLACE(
      REGEXP_REPLACE(
        `src`.`detail`,
        '[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+([.][A-Za-z0-9-]+)+',
        'user@example.com'
      ),
      '[0-9]',
      '#'
    )
  END AS CHAR(200)) AS `detail`
FROM (
  SELECT
    `src`.*,
    LOWER(
      SHA2(
        CAST(CONCAT(
          COALESCE(
            @datamask_key,
            (
              SELECT
                'datamask_key is not set'
              UNION ALL
              SELECT
                'see the file header'
            )
          ),
          '46fba5377f9147ff368632cfe47a130c811cadd189d50b9241ecaa3fada7bd94',
          CAST(`src`.`event_id` AS CHAR CHARACTER SET utf8mb4)
        ) AS CHAR CHARACTER SET utf8mb4),
        256
      )
    ) AS `_dm_digest_1`,
    LOWER(
      SHA2(
        CAST(CONCAT(
          COALESCE(
            @datamask_key,
            (
              SELECT
                'datamask_key is not set'
              UNION ALL
              SELECT
                'see the file header'
            )
          ),
          '4152e2c55f37a7f106a36fb37083bd6313946539c3af8cd7e20e4ce2cf4a71c0',
          CAST(`src`.`customer_id` AS CHAR)
        ) AS CHAR CHARACTER SET utf8mb4),
        256
      )
    ) AS `_dm_digest_2`
  FROM `app`.`events` AS `src`
  WHERE
    `src`.`seq` > CAST('41512' AS SIGNED)
  LIMIT 18446744073709551615
) AS `src`;

-- file: 005_orders.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect mysql
-- builds the masked copy of app.orders in a staging table
-- masking key: SET @datamask_key = '<output of: datamask-sql key>';

DROP TABLE IF EXISTS `app_masked`.`_dm_mark_1c168adb00d2`;

CREATE TABLE `app_masked`.`_dm_mark_1c168adb00d2` AS
SELECT
  MAX(`updated_at`) AS `mark`
FROM `app`.`orders`;

DROP TABLE IF EXISTS `app_masked`.`_dm_stage_1c168adb00d2`;

CREATE TABLE `app_masked`.`_dm_stage_1c168adb00d2` AS
SELECT
  `src`.`id` AS `id`,
  CAST(CASE
    WHEN `src`.`customer_id` IS NULL
    THEN NULL
    ELSE 1 + CAST(CONV(SUBSTRING(`src`.`_dm_digest_1`, 1, 15), 16, 10) AS SIGNED) % 1152921504606846976
  END AS SIGNED) AS `customer_id`,
  CAST(CASE
    WHEN `src`.`amount` IS NULL
    THEN NULL
    ELSE CASE
      WHEN CAST(ROUND(
        CAST(`src`.`amount` AS DECIMAL(38, 2)) * (
          10000 + CAST(CONV(SUBSTRING(`src`.`_dm_digest_2`, 1, 15), 16, 10) AS SIGNED) % 2001 - 1000
        ) * 0.0001,
        2
      ) AS DECIMAL(38, 2)) > CAST(9999999999.99 AS DECIMAL(38, 2))
      THEN CAST(9999999999.99 AS DECIMAL(38, 2))
      WHEN CAST(ROUND(
        CAST(`src`.`amount` AS DECIMAL(38, 2)) * (
          10000 + CAST(CONV(SUBSTRING(`src`.`_dm_digest_2`, 1, 15), 16, 10) AS SIGNED) % 2001 - 1000
        ) * 0.0001,
        2
      ) AS DECIMAL(38, 2)) < CAST(-9999999999.99 AS DECIMAL(38, 2))
      THEN CAST(-9999999999.99 AS DECIMAL(38, 2))
      ELSE CAST(ROUND(
        CAST(`src`.`amount` AS DECIMAL(38, 2)) * (
          10000 + CAST(CONV(SUBSTRING(`src`.`_dm_digest_2`, 1, 15), 16, 10) AS SIGNED) % 2001 - 1000
        ) * 0.0001,
        2
      ) AS DECIMAL(38, 2))
    END
  END AS DECIMAL(12, 2)) AS `amount`,
  `src`.`updated_at` AS `updated_at`
FROM (
  SELECT
    `src`.*,
    LOWER(
      SHA2(
        CAST(CONCAT(
          COALESCE(
            @datamask_key,
            (
              SELECT
                'datamask_key is not set'
              UNION ALL
              SELECT
                'see the file header'
            )
          ),
          '4152e2c55f37a7f106a36fb37083bd6313946539c3af8cd7e20e4ce2cf4a71c0',
          CAST(`src`.`customer_id` AS CHAR)
        ) AS CHAR CHARACTER SET utf8mb4),
        256
      )
    ) AS `_dm_digest_1`,
    LOWER(
      SHA2(
        CAST(CONCAT(
          COALESCE(
            @datamask_key,
            (
              SELECT
                'datamask_key is not set'
              UNION ALL
              SELECT
                'see the file header'
            )
          ),
          '2f619f558e0154f8193dd3c201fa49fbff5acab18cee045f799855350e010087',
          CAST(`src`.`amount` AS CHAR)
        ) AS CHAR CHARACTER SET utf8mb4),
        256
      )
    ) AS `_dm_digest_2`
  FROM `app`.`orders` AS `src`
  WHERE
    `src`.`updated_at` > CAST('2026-11-30 23:59:59' AS DATETIME)
  LIMIT 18446744073709551615
) AS `src`;

-- file: 006_merge.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect mysql
-- merges the changed rows into each refreshed target and deletes rows gone from the source;
-- the transaction opened here commits in the swap file, with the new watermarks

BEGIN;

INSERT INTO `app_masked`.`customers` (
  `id`,
  `email`,
  `name`,
  `updated_at`
)
SELECT
  `id`,
  `email`,
  `name`,
  `updated_at`
FROM `app_masked`.`_dm_stage_21eb2153dd14` ON DUPLICATE KEY UPDATE `email` = VALUES(`email`), `name` = VALUES(`name`), `updated_at` = VALUES(`updated_at`);

INSERT INTO `app_masked`.`events` (
  `seq`,
  `event_id`,
  `customer_id`,
  `detail`
)
SELECT
  `seq`,
  `event_id`,
  `customer_id`,
  `detail`
FROM `app_masked`.`_dm_stage_862417b9e7c3` ON DUPLICATE KEY UPDATE `seq` = VALUES(`seq`), `customer_id` = VALUES(`customer_id`), `detail` = VALUES(`detail`);

INSERT INTO `app_masked`.`orders` (
  `id`,
  `customer_id`,
  `amount`,
  `updated_at`
)
SELECT
  `id`,
  `customer_id`,
  `amount`,
  `updated_at`
FROM `app_masked`.`_dm_stage_1c168adb00d2` ON DUPLICATE KEY UPDATE `customer_id` = VALUES(`customer_id`), `amount` = VALUES(`amount`), `updated_at` = VALUES(`updated_at`);

DELETE FROM `app_masked`.`orders`
WHERE
  NOT EXISTS(
    SELECT
      1
    FROM (
      SELECT
        `src`.`id` AS `id`
      FROM `app`.`orders` AS `src`
    ) AS `_dm_k`
    WHERE
      `_dm_k`.`id` = `orders`.`id`
  );

DELETE FROM `app_masked`.`customers`
WHERE
  NOT EXISTS(
    SELECT
      1
    FROM (
      SELECT
        CAST(CASE
          WHEN `src`.`id` IS NULL
          THEN NULL
          ELSE 1 + CAST(CONV(SUBSTRING(`src`.`_dm_digest_1`, 1, 15), 16, 10) AS SIGNED) % 1152921504606846976
        END AS SIGNED) AS `id`
      FROM (
        SELECT
          `src`.*,
          LOWER(
            SHA2(
              CAST(CONCAT(
                COALESCE(
                  @datamask_key,
                  (
                    SELECT
                      'datamask_key is not set'
                    UNION ALL
                    SELECT
                      'see the file header'
                  )
                ),
                '4152e2c55f37a7f106a36fb37083bd6313946539c3af8cd7e20e4ce2cf4a71c0',
                CAST(`src`.`id` AS CHAR)
              ) AS CHAR CHARACTER SET utf8mb4),
              256
            )
          ) AS `_dm_digest_1`
        FROM `app`.`customers` AS `src`
        LIMIT 18446744073709551615
      ) AS `src`
    ) AS `_dm_k`
    WHERE
      `_dm_k`.`id` = `customers`.`id`
  );

-- file: 007_swap.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect mysql
-- replaces each target table by its verified staging table and records what built it in
-- the target's _datamask_meta table (key fingerprint, rules hash, algorithm, watermark)

UPDATE `app_masked`.`_datamask_meta` SET `watermark` = COALESCE(
  (
    SELECT
      CAST(`mark` AS CHAR)
    FROM `app_masked`.`_dm_mark_21eb2153dd14`
  ),
  `watermark`
), `mode` = 'incremental', `built_at` = CAST(CURRENT_TIMESTAMP() AS CHAR)
WHERE
  `table_name` = 'customers';

UPDATE `app_masked`.`_datamask_meta` SET `watermark` = COALESCE(
  (
    SELECT
      CAST(`mark` AS CHAR)
    FROM `app_masked`.`_dm_mark_862417b9e7c3`
  ),
  `watermark`
), `mode` = 'incremental', `built_at` = CAST(CURRENT_TIMESTAMP() AS CHAR)
WHERE
  `table_name` = 'events';

UPDATE `app_masked`.`_datamask_meta` SET `watermark` = COALESCE(
  (
    SELECT
      CAST(`mark` AS CHAR)
    FROM `app_masked`.`_dm_mark_1c168adb00d2`
  ),
  `watermark`
), `mode` = 'incremental', `built_at` = CAST(CURRENT_TIMESTAMP() AS CHAR)
WHERE
  `table_name` = 'orders';

COMMIT;

DELETE FROM `app_masked`.`_datamask_meta`
WHERE
  `table_name` = 'countries';

DROP TABLE IF EXISTS `app_masked`.`_dm_old_e45d4cbade71`;

CREATE TABLE IF NOT EXISTS `app_masked`.`countries`
LIKE `app_masked`.`_dm_stage_e45d4cbade71`;

RENAME TABLE `app_masked`.`countries` TO `app_masked`.`_dm_old_e45d4cbade71`, `app_masked`.`_dm_stage_e45d4cbade71` TO `app_masked`.`countries`;

DROP TABLE IF EXISTS `app_masked`.`_dm_old_e45d4cbade71`;

DELETE FROM `app_masked`.`_datamask_meta`
WHERE
  `table_name` = 'countries';

INSERT INTO `app_masked`.`_datamask_meta` (
  `table_name`,
  `key_fingerprint`,
  `rules_sha256`,
  `algorithm`,
  `mode`,
  `cursor_column`,
  `watermark`,
  `built_at`
)
SELECT
  'countries',
  SUBSTRING(
    LOWER(
      SHA2(
        CAST(CONCAT(
          'datamask-sql/dm1/fingerprint:',
          COALESCE(
            @datamask_key,
            (
              SELECT
                'datamask_key is not set'
              UNION ALL
              SELECT
                'see the file header'
            )
          )
        ) AS CHAR CHARACTER SET utf8mb4),
        256
      )
    ),
    1,
    16
  ),
  '7e7f34422ee5540e37d82fa843ab738026ca31ded7673e60df3edc82315740bb',
  'dm2',
  'full',
  NULL,
  NULL,
  CAST(CURRENT_TIMESTAMP() AS CHAR);

-- file: 008_cleanup.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect mysql
-- drops the run's helper tables (subset keys, watermark marks, merged stages)

DROP TABLE IF EXISTS `app_masked`.`_dm_mark_21eb2153dd14`;

DROP TABLE IF EXISTS `app_masked`.`_dm_mark_862417b9e7c3`;

DROP TABLE IF EXISTS `app_masked`.`_dm_mark_1c168adb00d2`;

DROP TABLE IF EXISTS `app_masked`.`_dm_stage_21eb2153dd14`;

DROP TABLE IF EXISTS `app_masked`.`_dm_stage_862417b9e7c3`;

DROP TABLE IF EXISTS `app_masked`.`_dm_stage_1c168adb00d2`;

