-- file: 000_setup.sql
-- datamask-sql 0.1.0, algorithm dm1, dialect mysql
-- run the files in run_order.txt; this one creates the target schema

CREATE SCHEMA IF NOT EXISTS `masked`;

-- file: 001_customers.sql
-- datamask-sql 0.1.0, algorithm dm1, dialect mysql
-- builds the masked copy of main.customers in a staging table
-- masking key: SET @datamask_key = '<output of: datamask-sql key>';

DROP TABLE IF EXISTS `masked`.`_dm_stage_21eb2153dd14`;

CREATE TABLE `masked`.`_dm_stage_21eb2153dd14` AS
SELECT
  `src`.`id` AS `id`,
  CAST(CASE
    WHEN `src`.`email` IS NULL
    THEN NULL
    ELSE CONCAT(
      SUBSTRING(`src`.`_dm_digest_1`, 1, 16),
      '@',
      CASE
        WHEN CAST(CONV(SUBSTRING(`src`.`_dm_digest_1`, 17, 2), 16, 10) AS SIGNED) % 3 = 0
        THEN 'example.com'
        WHEN CAST(CONV(SUBSTRING(`src`.`_dm_digest_1`, 17, 2), 16, 10) AS SIGNED) % 3 = 1
        THEN 'example.net'
        ELSE 'example.org'
      END
    )
  END AS CHAR(120)) AS `email`,
  CAST(CASE
    WHEN `src`.`first_name` IS NULL
    THEN NULL
    ELSE SUBSTRING(`src`.`_dm_digest_2`, 1, 12)
  END AS CHAR(40)) AS `first_name`,
  CAST(CASE
    WHEN `src`.`last_name` IS NULL
    THEN NULL
    ELSE SUBSTRING(`src`.`_dm_digest_3`, 1, 12)
  END AS CHAR(40)) AS `last_name`,
  CAST(CASE
    WHEN `src`.`phone` IS NULL
    THEN NULL
    ELSE CASE
      WHEN CHAR_LENGTH(`src`.`phone`) <= 2
      THEN REGEXP_REPLACE(`src`.`phone`, '[^ ()+-]', '*')
      ELSE CONCAT(
        REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 1, CHAR_LENGTH(`src`.`phone`) - 2), '[^ ()+-]', '*'),
        SUBSTRING(`src`.`phone`, CHAR_LENGTH(`src`.`phone`) - 2 + 1, 2)
      )
    END
  END AS CHAR(24)) AS `phone`,
  CAST(NULL AS DATE) AS `birth_date`,
  `src`.`created_at` AS `created_at`,
  `src`.`is_vip` AS `is_vip`,
  CAST(NULL AS CHAR(500)) AS `notes`
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
          'e721e2036e4becf7b6fc57200cf2e63eaa4759e0c40f20fc4e194ad9b398bc30',
          CAST(`src`.`email` AS CHAR CHARACTER SET utf8mb4)
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
          'e175a3d319d959bbb8cd0a7c16b2c56a528695c9ad57d5a323c78649091d5985',
          CAST(`src`.`first_name` AS CHAR CHARACTER SET utf8mb4)
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
          'c4f3dde558963b7f10313d70597a66dec84f47eb0c8441314c5b91147811b1ff',
          CAST(`src`.`last_name` AS CHAR CHARACTER SET utf8mb4)
        ) AS CHAR CHARACTER SET utf8mb4),
        256
      )
    ) AS `_dm_digest_3`
  FROM `main`.`customers` AS `src`
) AS `src`;

ALTER TABLE `masked`.`_dm_stage_21eb2153dd14`
MODIFY COLUMN `id` INT NOT NULL;

ALTER TABLE `masked`.`_dm_stage_21eb2153dd14`
MODIFY COLUMN `email` VARCHAR(120) NOT NULL;

ALTER TABLE `masked`.`_dm_stage_21eb2153dd14`
MODIFY COLUMN `first_name` VARCHAR(40) NOT NULL;

ALTER TABLE `masked`.`_dm_stage_21eb2153dd14`
MODIFY COLUMN `last_name` VARCHAR(40) NOT NULL;

ALTER TABLE `masked`.`_dm_stage_21eb2153dd14`
MODIFY COLUMN `created_at` DATETIME NOT NULL;

ALTER TABLE `masked`.`_dm_stage_21eb2153dd14`
MODIFY COLUMN `is_vip` BOOLEAN NOT NULL;

-- file: 002_addresses.sql
-- datamask-sql 0.1.0, algorithm dm1, dialect mysql
-- builds the masked copy of main.addresses in a staging table
-- masking key: SET @datamask_key = '<output of: datamask-sql key>';

DROP TABLE IF EXISTS `masked`.`_dm_stage_fe79d7d4f725`;

CREATE TABLE `masked`.`_dm_stage_fe79d7d4f725` AS
SELECT
  `src`.`id` AS `id`,
  `src`.`customer_id` AS `customer_id`,
  CAST(CASE
    WHEN `src`.`street` IS NULL
    THEN NULL
    ELSE SUBSTRING(`src`.`_dm_digest_1`, 1, 16)
  END AS CHAR(120)) AS `street`,
  `src`.`city` AS `city`,
  CAST(CASE
    WHEN `src`.`postal_code` IS NULL
    THEN NULL
    ELSE CASE
      WHEN CHAR_LENGTH(`src`.`postal_code`) <= 2
      THEN REGEXP_REPLACE(`src`.`postal_code`, '[^ -]', '*')
      ELSE CONCAT(
        SUBSTRING(`src`.`postal_code`, 1, 2),
        REGEXP_REPLACE(
          SUBSTRING(`src`.`postal_code`, 3, CHAR_LENGTH(`src`.`postal_code`) - 2),
          '[^ -]',
          '*'
        )
      )
    END
  END AS CHAR(12)) AS `postal_code`,
  `src`.`country` AS `country`
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
          'e6afc0773fc6fb705640f7104f74fdd383f4ee52d86fd26301849f14ced56751',
          CAST(`src`.`street` AS CHAR CHARACTER SET utf8mb4)
        ) AS CHAR CHARACTER SET utf8mb4),
        256
      )
    ) AS `_dm_digest_1`
  FROM `main`.`addresses` AS `src`
) AS `src`;

ALTER TABLE `masked`.`_dm_stage_fe79d7d4f725`
MODIFY COLUMN `id` INT NOT NULL;

ALTER TABLE `masked`.`_dm_stage_fe79d7d4f725`
MODIFY COLUMN `customer_id` INT NOT NULL;

ALTER TABLE `masked`.`_dm_stage_fe79d7d4f725`
MODIFY COLUMN `street` VARCHAR(120) NOT NULL;

ALTER TABLE `masked`.`_dm_stage_fe79d7d4f725`
MODIFY COLUMN `city` VARCHAR(60) NOT NULL;

ALTER TABLE `masked`.`_dm_stage_fe79d7d4f725`
MODIFY COLUMN `postal_code` VARCHAR(12) NOT NULL;

ALTER TABLE `masked`.`_dm_stage_fe79d7d4f725`
MODIFY COLUMN `country` CHAR(2) NOT NULL;

-- file: 003_orders.sql
-- datamask-sql 0.1.0, algorithm dm1, dialect mysql
-- builds the masked copy of main.orders in a staging table
-- masking key: SET @datamask_key = '<output of: datamask-sql key>';

DROP TABLE IF EXISTS `masked`.`_dm_stage_1c168adb00d2`;

CREATE TABLE `masked`.`_dm_stage_1c168adb00d2` AS
SELECT
  `src`.`id` AS `id`,
  `src`.`customer_id` AS `customer_id`,
  `src`.`shipping_address_id` AS `shipping_address_id`,
  `src`.`ordered_at` AS `ordered_at`,
  `src`.`status` AS `status`,
  `src`.`total` AS `total`
FROM `main`.`orders` AS `src`;

ALTER TABLE `masked`.`_dm_stage_1c168adb00d2`
MODIFY COLUMN `id` INT NOT NULL;

ALTER TABLE `masked`.`_dm_stage_1c168adb00d2`
MODIFY COLUMN `customer_id` INT NOT NULL;

ALTER TABLE `masked`.`_dm_stage_1c168adb00d2`
MODIFY COLUMN `ordered_at` DATETIME NOT NULL;

ALTER TABLE `masked`.`_dm_stage_1c168adb00d2`
MODIFY COLUMN `status` VARCHAR(16) NOT NULL;

ALTER TABLE `masked`.`_dm_stage_1c168adb00d2`
MODIFY COLUMN `total` DECIMAL(10, 2) NOT NULL;

-- file: 004_payments.sql
-- datamask-sql 0.1.0, algorithm dm1, dialect mysql
-- builds the masked copy of main.payments in a staging table
-- masking key: SET @datamask_key = '<output of: datamask-sql key>';

DROP TABLE IF EXISTS `masked`.`_dm_stage_df384ae97c77`;

CREATE TABLE `masked`.`_dm_stage_df384ae97c77` AS
SELECT
  `src`.`id` AS `id`,
  `src`.`order_id` AS `order_id`,
  CAST(CASE
    WHEN `src`.`card_number` IS NULL
    THEN NULL
    ELSE CASE
      WHEN CHAR_LENGTH(`src`.`card_number`) <= 4
      THEN REGEXP_REPLACE(`src`.`card_number`, '[^ -]', '*')
      ELSE CONCAT(
        REGEXP_REPLACE(
          SUBSTRING(`src`.`card_number`, 1, CHAR_LENGTH(`src`.`card_number`) - 4),
          '[^ -]',
          '*'
        ),
        SUBSTRING(`src`.`card_number`, CHAR_LENGTH(`src`.`card_number`) - 4 + 1, 4)
      )
    END
  END AS CHAR(19)) AS `card_number`,
  `src`.`card_last4` AS `card_last4`,
  `src`.`amount` AS `amount`,
  `src`.`paid_at` AS `paid_at`
FROM `main`.`payments` AS `src`;

ALTER TABLE `masked`.`_dm_stage_df384ae97c77`
MODIFY COLUMN `id` INT NOT NULL;

ALTER TABLE `masked`.`_dm_stage_df384ae97c77`
MODIFY COLUMN `order_id` INT NOT NULL;

ALTER TABLE `masked`.`_dm_stage_df384ae97c77`
MODIFY COLUMN `card_number` VARCHAR(19) NOT NULL;

ALTER TABLE `masked`.`_dm_stage_df384ae97c77`
MODIFY COLUMN `card_last4` CHAR(4) NOT NULL;

ALTER TABLE `masked`.`_dm_stage_df384ae97c77`
MODIFY COLUMN `amount` DECIMAL(10, 2) NOT NULL;

-- file: 005_swap.sql
-- datamask-sql 0.1.0, algorithm dm1, dialect mysql
-- replaces each target table by its verified staging table

DROP TABLE IF EXISTS `masked`.`_dm_old_21eb2153dd14`;

CREATE TABLE IF NOT EXISTS `masked`.`customers`
LIKE `masked`.`_dm_stage_21eb2153dd14`;

DROP TABLE IF EXISTS `masked`.`_dm_old_fe79d7d4f725`;

CREATE TABLE IF NOT EXISTS `masked`.`addresses`
LIKE `masked`.`_dm_stage_fe79d7d4f725`;

DROP TABLE IF EXISTS `masked`.`_dm_old_1c168adb00d2`;

CREATE TABLE IF NOT EXISTS `masked`.`orders`
LIKE `masked`.`_dm_stage_1c168adb00d2`;

DROP TABLE IF EXISTS `masked`.`_dm_old_df384ae97c77`;

CREATE TABLE IF NOT EXISTS `masked`.`payments`
LIKE `masked`.`_dm_stage_df384ae97c77`;

RENAME TABLE `masked`.`customers` TO `masked`.`_dm_old_21eb2153dd14`, `masked`.`_dm_stage_21eb2153dd14` TO `masked`.`customers`, `masked`.`addresses` TO `masked`.`_dm_old_fe79d7d4f725`, `masked`.`_dm_stage_fe79d7d4f725` TO `masked`.`addresses`, `masked`.`orders` TO `masked`.`_dm_old_1c168adb00d2`, `masked`.`_dm_stage_1c168adb00d2` TO `masked`.`orders`, `masked`.`payments` TO `masked`.`_dm_old_df384ae97c77`, `masked`.`_dm_stage_df384ae97c77` TO `masked`.`payments`;

DROP TABLE IF EXISTS `masked`.`_dm_old_21eb2153dd14`;

DROP TABLE IF EXISTS `masked`.`_dm_old_fe79d7d4f725`;

DROP TABLE IF EXISTS `masked`.`_dm_old_1c168adb00d2`;

DROP TABLE IF EXISTS `masked`.`_dm_old_df384ae97c77`;

