-- file: 000_setup.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect bigquery
-- run the files in run_order.txt; this one creates the target schema

CREATE SCHEMA IF NOT EXISTS `mask'ed`;

CREATE TABLE IF NOT EXISTS `mask'ed`.`_datamask_meta` (
  `table_name` STRING(255) NOT NULL,
  `key_fingerprint` STRING(64) NOT NULL,
  `rules_sha256` STRING(64) NOT NULL,
  `algorithm` STRING(16) NOT NULL,
  `mode` STRING(16) NOT NULL,
  `cursor_column` STRING(255),
  `watermark` STRING(255),
  `built_at` STRING(40)
);

-- file: 001_order_items_dbc868.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect bigquery
-- builds the masked copy of public.Order Items in a staging table
-- masking key: bq query --use_legacy_sql=false --parameter=datamask_key:STRING:<output of: datamask-sql key> < this file

DROP TABLE IF EXISTS `mask'ed`.`_dm_stage_dbc868c61e8b`;

CREATE TABLE `mask'ed`.`_dm_stage_dbc868c61e8b` AS
SELECT
  `src`.`select` AS `select`,
  CAST(CASE
    WHEN `src`.`it's` IS NULL
    THEN NULL
    ELSE SUBSTRING(`src`.`_dm_digest_1`, 1, 32)
  END AS STRING) AS `it's`,
  CAST(CASE
    WHEN `src`.`quo"te` IS NULL
    THEN NULL
    ELSE CASE
      WHEN LENGTH(`src`.`quo"te`) <= 1
      THEN REGEXP_REPLACE(`src`.`quo"te`, '[^ -]', '*')
      ELSE CONCAT(
        SUBSTRING(`src`.`quo"te`, 1, 1),
        REGEXP_REPLACE(SUBSTRING(`src`.`quo"te`, 2, LENGTH(`src`.`quo"te`) - 1), '[^ -]', '*')
      )
    END
  END AS STRING) AS `quo"te`,
  CAST(NULL AS STRING) AS `ünï`
FROM (
  SELECT
    `src`.*,
    TO_HEX(
      SHA256(
        CONCAT(
          @datamask_key,
          'aeedde67f9f0ef47b2985123399b2bce8271dbd634259245744893abf7c290f4',
          `src`.`it's`
        )
      )
    ) AS `_dm_digest_1`
  FROM `public`.`Order Items` AS `src`
) AS `src`;

-- file: 002_from.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect bigquery
-- builds the masked copy of public.from in a staging table
-- masking key: bq query --use_legacy_sql=false --parameter=datamask_key:STRING:<output of: datamask-sql key> < this file

DROP TABLE IF EXISTS `mask'ed`.`_dm_stage_75857a458999`;

CREATE TABLE `mask'ed`.`_dm_stage_75857a458999` AS
SELECT
  `src`.`id` AS `id`,
  `src`.`item` AS `item`,
  CAST(CASE
    WHEN `src`.`e mail` IS NULL
    THEN NULL
    ELSE CONCAT(
      SUBSTRING(`src`.`_dm_digest_1`, 1, 16),
      '@',
      CASE
        WHEN INSTR(`src`.`e mail`, '@') > 0
        THEN SUBSTRING(`src`.`e mail`, LENGTH(`src`.`e mail`) - INSTR(REVERSE(`src`.`e mail`), '@') + 2)
        ELSE CASE
          WHEN MOD(CAST(CONCAT('0x', SUBSTRING(`src`.`_dm_digest_1`, 17, 2)) AS INT64), 3) = 0
          THEN 'example.com'
          WHEN MOD(CAST(CONCAT('0x', SUBSTRING(`src`.`_dm_digest_1`, 17, 2)) AS INT64), 3) = 1
          THEN 'example.net'
          ELSE 'example.org'
        END
      END
    )
  END AS STRING) AS `e mail`
FROM (
  SELECT
    `src`.*,
    TO_HEX(
      SHA256(
        CONCAT(
          @datamask_key,
          '718188a428262f0add39998a7e985565f8c28ed5656de48726402df932c372d4',
          `src`.`e mail`
        )
      )
    ) AS `_dm_digest_1`
  FROM `public`.`from` AS `src`
) AS `src`;

-- file: 003_swap.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect bigquery
-- replaces each target table by its verified staging table and records what built it in
-- the target's _datamask_meta table (key fingerprint, rules hash, algorithm, watermark)

DELETE FROM `mask'ed`.`_datamask_meta`
WHERE
  `table_name` = 'Order Items';

DELETE FROM `mask'ed`.`_datamask_meta`
WHERE
  `table_name` = 'from';

CREATE OR REPLACE TABLE `mask'ed`.`Order Items` COPY `mask'ed`.`_dm_stage_dbc868c61e8b`;

DROP TABLE IF EXISTS `mask'ed`.`_dm_stage_dbc868c61e8b`;

CREATE OR REPLACE TABLE `mask'ed`.`from` COPY `mask'ed`.`_dm_stage_75857a458999`;

DROP TABLE IF EXISTS `mask'ed`.`_dm_stage_75857a458999`;

DELETE FROM `mask'ed`.`_datamask_meta`
WHERE
  `table_name` = 'Order Items';

INSERT INTO `mask'ed`.`_datamask_meta` (
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
  'Order Items',
  SUBSTRING(TO_HEX(SHA256(CONCAT('datamask-sql/dm1/fingerprint:', @datamask_key))), 1, 16),
  '5cb44a85a8b5671160225de76a9278f2b22761b62f4b6d624f9e8086e2570533',
  'dm2',
  'full',
  NULL,
  NULL,
  CAST(CURRENT_TIMESTAMP() AS STRING);

DELETE FROM `mask'ed`.`_datamask_meta`
WHERE
  `table_name` = 'from';

INSERT INTO `mask'ed`.`_datamask_meta` (
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
  'from',
  SUBSTRING(TO_HEX(SHA256(CONCAT('datamask-sql/dm1/fingerprint:', @datamask_key))), 1, 16),
  'be34641848032912944deb37dff7eca4d0038b4d7a26b35d6d8f33d9933d5fa3',
  'dm2',
  'full',
  NULL,
  NULL,
  CAST(CURRENT_TIMESTAMP() AS STRING);

