-- file: 000_setup.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect mysql
-- run the files in run_order.txt; this one creates the target schema

CREATE SCHEMA IF NOT EXISTS `mask'ed`;

CREATE TABLE IF NOT EXISTS `mask'ed`.`_datamask_meta` (
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

-- file: 001_order_items_dbc868.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect mysql
-- builds the masked copy of public.Order Items in a staging table
-- masking key: SET @datamask_key = '<output of: datamask-sql key>';

DROP TABLE IF EXISTS `mask'ed`.`_dm_stage_dbc868c61e8b`;

CREATE TABLE `mask'ed`.`_dm_stage_dbc868c61e8b` (
  CONSTRAINT `_dm_pk_6e3140b56f_0` PRIMARY KEY (`select`)
) AS
SELECT
  `src`.`select` AS `select`,
  CAST(CASE
    WHEN `src`.`it's` IS NULL
    THEN NULL
    ELSE SUBSTRING(`src`.`_dm_digest_1`, 1, 32)
  END AS CHAR(64)) AS `it's`,
  CAST(CASE
    WHEN `src`.`quo"te` IS NULL
    THEN NULL
    ELSE CASE
      WHEN CHAR_LENGTH(`src`.`quo"te`) <= 1
      THEN REGEXP_REPLACE(`src`.`quo"te`, '[^ -]', '*')
      ELSE CONCAT(
        SUBSTRING(`src`.`quo"te`, 1, 1),
        REGEXP_REPLACE(SUBSTRING(`src`.`quo"te`, 2, CHAR_LENGTH(`src`.`quo"te`) - 1), '[^ -]', '*')
      )
    END
  END AS CHAR) AS `quo"te`,
  CAST(NULL AS CHAR(8)) AS `ünï`
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
          'aeedde67f9f0ef47b2985123399b2bce8271dbd634259245744893abf7c290f4',
          CAST(`src`.`it's` AS CHAR CHARACTER SET utf8mb4)
        ) AS CHAR CHARACTER SET utf8mb4),
        256
      )
    ) AS `_dm_digest_1`
  FROM `public`.`Order Items` AS `src`
  LIMIT 18446744073709551615
) AS `src`;

ALTER TABLE `mask'ed`.`_dm_stage_dbc868c61e8b`
MODIFY COLUMN `select` INT NOT NULL;

ALTER TABLE `mask'ed`.`_dm_stage_dbc868c61e8b`
MODIFY COLUMN `it's` VARCHAR(64) NOT NULL;

-- file: 002_from.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect mysql
-- builds the masked copy of public.from in a staging table
-- masking key: SET @datamask_key = '<output of: datamask-sql key>';

DROP TABLE IF EXISTS `mask'ed`.`_dm_stage_75857a458999`;

CREATE TABLE `mask'ed`.`_dm_stage_75857a458999` (
  CONSTRAINT `_dm_pk_36e793a546_0` PRIMARY KEY (`id`)
) AS
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
        WHEN LOCATE('@', `src`.`e mail`) > 0
        THEN SUBSTRING(
          `src`.`e mail`,
          CHAR_LENGTH(`src`.`e mail`) - LOCATE('@', REVERSE(`src`.`e mail`)) + 2
        )
        ELSE CASE
          WHEN CAST(CONV(SUBSTRING(`src`.`_dm_digest_1`, 17, 2), 16, 10) AS SIGNED) % 3 = 0
          THEN 'example.com'
          WHEN CAST(CONV(SUBSTRING(`src`.`_dm_digest_1`, 17, 2), 16, 10) AS SIGNED) % 3 = 1
          THEN 'example.net'
          ELSE 'example.org'
        END
      END
    )
  END AS CHAR(200)) AS `e mail`
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
          '718188a428262f0add39998a7e985565f8c28ed5656de48726402df932c372d4',
          CAST(`src`.`e mail` AS CHAR CHARACTER SET utf8mb4)
        ) AS CHAR CHARACTER SET utf8mb4),
        256
      )
    ) AS `_dm_digest_1`
  FROM `public`.`from` AS `src`
  LIMIT 18446744073709551615
) AS `src`;

ALTER TABLE `mask'ed`.`_dm_stage_75857a458999`
MODIFY COLUMN `id` INT NOT NULL;

-- file: 003_swap.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect mysql
-- replaces each target table by its verified staging table and records what built it in
-- the target's _datamask_meta table (key fingerprint, rules hash, algorithm, watermark)

DELETE FROM `mask'ed`.`_datamask_meta`
WHERE
  `table_name` = 'Order Items';

DELETE FROM `mask'ed`.`_datamask_meta`
WHERE
  `table_name` = 'from';

DROP TABLE IF EXISTS `mask'ed`.`_dm_old_75857a458999`;

DROP TABLE IF EXISTS `mask'ed`.`_dm_old_dbc868c61e8b`;

CREATE TABLE IF NOT EXISTS `mask'ed`.`Order Items`
LIKE `mask'ed`.`_dm_stage_dbc868c61e8b`;

CREATE TABLE IF NOT EXISTS `mask'ed`.`from`
LIKE `mask'ed`.`_dm_stage_75857a458999`;

RENAME TABLE `mask'ed`.`Order Items` TO `mask'ed`.`_dm_old_dbc868c61e8b`, `mask'ed`.`_dm_stage_dbc868c61e8b` TO `mask'ed`.`Order Items`, `mask'ed`.`from` TO `mask'ed`.`_dm_old_75857a458999`, `mask'ed`.`_dm_stage_75857a458999` TO `mask'ed`.`from`;

DROP TABLE IF EXISTS `mask'ed`.`_dm_old_75857a458999`;

DROP TABLE IF EXISTS `mask'ed`.`_dm_old_dbc868c61e8b`;

ALTER TABLE `mask'ed`.`from`
  ADD CONSTRAINT `_dm_fk_36e793a546_0` FOREIGN KEY (`item`) REFERENCES `mask'ed`.`Order Items` (
    `select`
  );

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
  '5cb44a85a8b5671160225de76a9278f2b22761b62f4b6d624f9e8086e2570533',
  'dm2',
  'full',
  NULL,
  NULL,
  CAST(CURRENT_TIMESTAMP() AS CHAR);

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
  'be34641848032912944deb37dff7eca4d0038b4d7a26b35d6d8f33d9933d5fa3',
  'dm2',
  'full',
  NULL,
  NULL,
  CAST(CURRENT_TIMESTAMP() AS CHAR);

