-- file: 000_setup.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect mysql
-- run the files in run_order.txt; this one creates the target schema

CREATE SCHEMA IF NOT EXISTS `masked`;

CREATE TABLE IF NOT EXISTS `masked`.`_datamask_meta` (
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

-- file: 001_lookup_city_de_de_adc7c8a2f136.sql (lookup data, sha256 abf9f5fd0f53d0f063aa950dffac52e929e12c8629f3fc3d6a5aec01887fc8be)

-- file: 002_lookup_first_name_en_us_0780cf166fbf.sql (lookup data, sha256 569dc55f6ab3d3637a87dd9452bce98667c129355c1b9ce2c38ace5f8a20f646)

-- file: 003_lookup_last_name_en_us_98d08c045bae.sql (lookup data, sha256 90d668075bf8d430a00e803180267d989feab6b23148c4ebcec3fa739cdaa4af)

-- file: 004_lookup_postal_code_de_de_7aaa35513755.sql (lookup data, sha256 8a9bf2f3dce4ebb43c6783a9a799976ffd0b4ff7b382cc6969f2a44c2cb8fcf5)

-- file: 005_lookup_street_address_en_us_19c90c0e6f83.sql (lookup data, sha256 fceaba82b91fd13de533c8eef38581fa236a4b8f13c8e5cbbee925eb4643842a)

-- file: 006_customers.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect mysql
-- builds the masked copy of public.customers in a staging table
-- masking key: SET @datamask_key = '<output of: datamask-sql key>';

DROP TABLE IF EXISTS `masked`.`_dm_stage_21eb2153dd14`;

CREATE TABLE `masked`.`_dm_stage_21eb2153dd14` (
  CONSTRAINT `_dm_pk_0fb2905599_0` PRIMARY KEY (`id`)
) AS
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
    ELSE CASE
      WHEN CHAR_LENGTH(CAST(`src`.`first_name` AS CHAR CHARACTER SET utf8mb4)) = 0
      THEN `src`.`first_name`
      ELSE `_dm_l1`.`value`
    END
  END AS CHAR(40)) AS `first_name`,
  CAST(CASE
    WHEN `src`.`last_name` IS NULL
    THEN NULL
    ELSE CASE
      WHEN CHAR_LENGTH(CAST(`src`.`last_name` AS CHAR CHARACTER SET utf8mb4)) = 0
      THEN `src`.`last_name`
      ELSE `_dm_l2`.`value`
    END
  END AS CHAR(40)) AS `last_name`,
  CAST(CASE
    WHEN `src`.`phone` IS NULL
    THEN NULL
    ELSE CONCAT(
      SUBSTRING(`src`.`phone`, 1, 1),
      SUBSTRING(`src`.`phone`, 2, 1),
      SUBSTRING(`src`.`phone`, 3, 1),
      CASE
        WHEN 4 <= CHAR_LENGTH(`src`.`phone`)
        AND LOCATE(SUBSTRING(`src`.`phone`, 4, 1), '0123456789') > 0
        THEN SUBSTRING(
          '0123456789',
          CAST(CAST(CONV(SUBSTRING(`src`.`_dm_digest_4`, 7, 2), 16, 10) AS SIGNED) % 10 + 1 AS SIGNED),
          1
        )
        ELSE SUBSTRING(`src`.`phone`, 4, 1)
      END,
      CASE
        WHEN 5 <= CHAR_LENGTH(`src`.`phone`)
        AND LOCATE(SUBSTRING(`src`.`phone`, 5, 1), '0123456789') > 0
        THEN SUBSTRING(
          '0123456789',
          CAST(CAST(CONV(SUBSTRING(`src`.`_dm_digest_4`, 9, 2), 16, 10) AS SIGNED) % 10 + 1 AS SIGNED),
          1
        )
        ELSE SUBSTRING(`src`.`phone`, 5, 1)
      END,
      CASE
        WHEN 6 <= CHAR_LENGTH(`src`.`phone`)
        AND LOCATE(SUBSTRING(`src`.`phone`, 6, 1), '0123456789') > 0
        THEN SUBSTRING(
          '0123456789',
          CAST(CAST(CONV(SUBSTRING(`src`.`_dm_digest_4`, 11, 2), 16, 10) AS SIGNED) % 10 + 1 AS SIGNED),
          1
        )
        ELSE SUBSTRING(`src`.`phone`, 6, 1)
      END,
      CASE
        WHEN 7 <= CHAR_LENGTH(`src`.`phone`)
        AND LOCATE(SUBSTRING(`src`.`phone`, 7, 1), '0123456789') > 0
        THEN SUBSTRING(
          '0123456789',
          CAST(CAST(CONV(SUBSTRING(`src`.`_dm_digest_4`, 13, 2), 16, 10) AS SIGNED) % 10 + 1 AS SIGNED),
          1
        )
        ELSE SUBSTRING(`src`.`phone`, 7, 1)
      END,
      CASE
        WHEN 8 <= CHAR_LENGTH(`src`.`phone`)
        AND LOCATE(SUBSTRING(`src`.`phone`, 8, 1), '0123456789') > 0
        THEN SUBSTRING(
          '0123456789',
          CAST(CAST(CONV(SUBSTRING(`src`.`_dm_digest_4`, 15, 2), 16, 10) AS SIGNED) % 10 + 1 AS SIGNED),
          1
        )
        ELSE SUBSTRING(`src`.`phone`, 8, 1)
      END,
      CASE
        WHEN 9 <= CHAR_LENGTH(`src`.`phone`)
        AND LOCATE(SUBSTRING(`src`.`phone`, 9, 1), '0123456789') > 0
        THEN SUBSTRING(
          '0123456789',
          CAST(CAST(CONV(SUBSTRING(`src`.`_dm_digest_4`, 17, 2), 16, 10) AS SIGNED) % 10 + 1 AS SIGNED),
          1
        )
        ELSE SUBSTRING(`src`.`phone`, 9, 1)
      END,
      CASE
        WHEN 10 <= CHAR_LENGTH(`src`.`phone`)
        AND LOCATE(SUBSTRING(`src`.`phone`, 10, 1), '0123456789') > 0
        THEN SUBSTRING(
          '0123456789',
          CAST(CAST(CONV(SUBSTRING(`src`.`_dm_digest_4`, 19, 2), 16, 10) AS SIGNED) % 10 + 1 AS SIGNED),
          1
        )
        ELSE SUBSTRING(`src`.`phone`, 10, 1)
      END,
      CASE
        WHEN 11 <= CHAR_LENGTH(`src`.`phone`)
        AND LOCATE(SUBSTRING(`src`.`phone`, 11, 1), '0123456789') > 0
        THEN SUBSTRING(
          '0123456789',
          CAST(CAST(CONV(SUBSTRING(`src`.`_dm_digest_4`, 21, 2), 16, 10) AS SIGNED) % 10 + 1 AS SIGNED),
          1
        )
        ELSE SUBSTRING(`src`.`phone`, 11, 1)
      END,
      CASE
        WHEN 12 <= CHAR_LENGTH(`src`.`phone`)
        AND LOCATE(SUBSTRING(`src`.`phone`, 12, 1), '0123456789') > 0
        THEN SUBSTRING(
          '0123456789',
          CAST(CAST(CONV(SUBSTRING(`src`.`_dm_digest_4`, 23, 2), 16, 10) AS SIGNED) % 10 + 1 AS SIGNED),
          1
        )
        ELSE SUBSTRING(`src`.`phone`, 12, 1)
      END,
      CASE
        WHEN 13 <= CHAR_LENGTH(`src`.`phone`)
        AND LOCATE(SUBSTRING(`src`.`phone`, 13, 1), '0123456789') > 0
        THEN SUBSTRING(
          '0123456789',
          CAST(CAST(CONV(SUBSTRING(`src`.`_dm_digest_4`, 25, 2), 16, 10) AS SIGNED) % 10 + 1 AS SIGNED),
          1
        )
        ELSE SUBSTRING(`src`.`phone`, 13, 1)
      END,
      CASE
        WHEN 14 <= CHAR_LENGTH(`src`.`phone`)
        AND LOCATE(SUBSTRING(`src`.`phone`, 14, 1), '0123456789') > 0
        THEN SUBSTRING(
          '0123456789',
          CAST(CAST(CONV(SUBSTRING(`src`.`_dm_digest_4`, 27, 2), 16, 10) AS SIGNED) % 10 + 1 AS SIGNED),
          1
        )
        ELSE SUBSTRING(`src`.`phone`, 14, 1)
      END,
      CASE
        WHEN 15 <= CHAR_LENGTH(`src`.`phone`)
        AND LOCATE(SUBSTRING(`src`.`phone`, 15, 1), '0123456789') > 0
        THEN SUBSTRING(
          '0123456789',
          CAST(CAST(CONV(SUBSTRING(`src`.`_dm_digest_4`, 29, 2), 16, 10) AS SIGNED) % 10 + 1 AS SIGNED),
          1
        )
        ELSE SUBSTRING(`src`.`phone`, 15, 1)
      END,
      CASE
        WHEN 16 <= CHAR_LENGTH(`src`.`phone`)
        AND LOCATE(SUBSTRING(`src`.`phone`, 16, 1), '0123456789') > 0
        THEN SUBSTRING(
          '0123456789',
          CAST(CAST(CONV(SUBSTRING(`src`.`_dm_digest_4`, 31, 2), 16, 10) AS SIGNED) % 10 + 1 AS SIGNED),
          1
        )
        ELSE SUBSTRING(`src`.`phone`, 16, 1)
      END,
      CASE
        WHEN 17 <= CHAR_LENGTH(`src`.`phone`)
        AND LOCATE(SUBSTRING(`src`.`phone`, 17, 1), '0123456789') > 0
        THEN SUBSTRING(
          '0123456789',
          CAST(CAST(CONV(SUBSTRING(`src`.`_dm_digest_4`, 33, 2), 16, 10) AS SIGNED) % 10 + 1 AS SIGNED),
          1
        )
        ELSE SUBSTRING(`src`.`phone`, 17, 1)
      END,
      CASE
        WHEN 18 <= CHAR_LENGTH(`src`.`phone`)
        AND LOCATE(SUBSTRING(`src`.`phone`, 18, 1), '0123456789') > 0
        THEN SUBSTRING(
          '0123456789',
          CAST(CAST(CONV(SUBSTRING(`src`.`_dm_digest_4`, 35, 2), 16, 10) AS SIGNED) % 10 + 1 AS SIGNED),
          1
        )
        ELSE SUBSTRING(`src`.`phone`, 18, 1)
      END,
      CASE
        WHEN 19 <= CHAR_LENGTH(`src`.`phone`)
        AND LOCATE(SUBSTRING(`src`.`phone`, 19, 1), '0123456789') > 0
        THEN SUBSTRING(
          '0123456789',
          CAST(CAST(CONV(SUBSTRING(`src`.`_dm_digest_4`, 37, 2), 16, 10) AS SIGNED) % 10 + 1 AS SIGNED),
          1
        )
        ELSE SUBSTRING(`src`.`phone`, 19, 1)
      END,
      CASE
        WHEN 20 <= CHAR_LENGTH(`src`.`phone`)
        AND LOCATE(SUBSTRING(`src`.`phone`, 20, 1), '0123456789') > 0
        THEN SUBSTRING(
          '0123456789',
          CAST(CAST(CONV(SUBSTRING(`src`.`_dm_digest_4`, 39, 2), 16, 10) AS SIGNED) % 10 + 1 AS SIGNED),
          1
        )
        ELSE SUBSTRING(`src`.`phone`, 20, 1)
      END,
      CASE
        WHEN 21 <= CHAR_LENGTH(`src`.`phone`)
        AND LOCATE(SUBSTRING(`src`.`phone`, 21, 1), '0123456789') > 0
        THEN SUBSTRING(
          '0123456789',
          CAST(CAST(CONV(SUBSTRING(`src`.`_dm_digest_4`, 41, 2), 16, 10) AS SIGNED) % 10 + 1 AS SIGNED),
          1
        )
        ELSE SUBSTRING(`src`.`phone`, 21, 1)
      END,
      CASE
        WHEN 22 <= CHAR_LENGTH(`src`.`phone`)
        AND LOCATE(SUBSTRING(`src`.`phone`, 22, 1), '0123456789') > 0
        THEN SUBSTRING(
          '0123456789',
          CAST(CAST(CONV(SUBSTRING(`src`.`_dm_digest_4`, 43, 2), 16, 10) AS SIGNED) % 10 + 1 AS SIGNED),
          1
        )
        ELSE SUBSTRING(`src`.`phone`, 22, 1)
      END,
      CASE
        WHEN 23 <= CHAR_LENGTH(`src`.`phone`)
        AND LOCATE(SUBSTRING(`src`.`phone`, 23, 1), '0123456789') > 0
        THEN SUBSTRING(
          '0123456789',
          CAST(CAST(CONV(SUBSTRING(`src`.`_dm_digest_4`, 45, 2), 16, 10) AS SIGNED) % 10 + 1 AS SIGNED),
          1
        )
        ELSE SUBSTRING(`src`.`phone`, 23, 1)
      END,
      CASE
        WHEN 24 <= CHAR_LENGTH(`src`.`phone`)
        AND LOCATE(SUBSTRING(`src`.`phone`, 24, 1), '0123456789') > 0
        THEN SUBSTRING(
          '0123456789',
          CAST(CAST(CONV(SUBSTRING(`src`.`_dm_digest_4`, 47, 2), 16, 10) AS SIGNED) % 10 + 1 AS SIGNED),
          1
        )
        ELSE SUBSTRING(`src`.`phone`, 24, 1)
      END,
      REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 25), '[0-9]', '0')
    )
  END AS CHAR(24)) AS `phone`,
  CAST(CASE
    WHEN `src`.`birth_date` IS NULL
    THEN NULL
    ELSE DATE_ADD(
      `src`.`birth_date`,
      INTERVAL (CASE
        WHEN CAST(CONV(SUBSTRING(`src`.`_dm_digest_5`, 1, 15), 16, 10) AS SIGNED) % 360 < 180
        THEN (
          CAST(CONV(SUBSTRING(`src`.`_dm_digest_5`, 1, 15), 16, 10) AS SIGNED) % 360 - 180
        ) * CASE WHEN EXTRACT(YEAR FROM `src`.`birth_date`) <= 10 THEN -1 ELSE 1 END
        ELSE (
          CAST(CONV(SUBSTRING(`src`.`_dm_digest_5`, 1, 15), 16, 10) AS SIGNED) % 360 - 180 + 1
        ) * CASE WHEN EXTRACT(YEAR FROM `src`.`birth_date`) > 9989 THEN -1 ELSE 1 END
      END) DAY
    )
  END AS DATE) AS `birth_date`,
  `src`.`created_at` AS `created_at`,
  `src`.`is_vip` AS `is_vip`,
  CAST(CASE
    WHEN `src`.`notes` IS NULL
    THEN NULL
    ELSE REGEXP_REPLACE(
      REGEXP_REPLACE(
        `src`.`notes`,
        '[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+([.][A-Za-z0-9-]+)+',
        'user@example.com'
      ),
      '[0-9]',
      '#'
    )
  END AS CHAR(500)) AS `notes`
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
    ) AS `_dm_digest_3`,
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
          '5e72d4c1a960a37b3aff1d2efde8366b24eeca1f0354801927d8440291d5b583',
          CAST(`src`.`phone` AS CHAR CHARACTER SET utf8mb4)
        ) AS CHAR CHARACTER SET utf8mb4),
        256
      )
    ) AS `_dm_digest_4`,
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
          '79d54ea47dd60e826100b20b77867502847b176d1738178e5763e26e3c5c4304',
          DATE_FORMAT(`src`.`birth_date`, '%Y-%m-%d')
        ) AS CHAR CHARACTER SET utf8mb4),
        256
      )
    ) AS `_dm_digest_5`
  FROM `public`.`customers` AS `src`
  LIMIT 18446744073709551615
) AS `src`
LEFT JOIN `masked`.`_dm_lookup_first_name_en_us_0780cf166fbf` AS `_dm_l1`
  ON `_dm_l1`.`idx` = CAST(CONV(SUBSTRING(`src`.`_dm_digest_2`, 1, 15), 16, 10) AS SIGNED) % 690
LEFT JOIN `masked`.`_dm_lookup_last_name_en_us_98d08c045bae` AS `_dm_l2`
  ON `_dm_l2`.`idx` = CAST(CONV(SUBSTRING(`src`.`_dm_digest_3`, 1, 15), 16, 10) AS SIGNED) % 1000;

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

-- file: 007_addresses.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect mysql
-- builds the masked copy of public.addresses in a staging table
-- masking key: SET @datamask_key = '<output of: datamask-sql key>';

DROP TABLE IF EXISTS `masked`.`_dm_stage_fe79d7d4f725`;

CREATE TABLE `masked`.`_dm_stage_fe79d7d4f725` (
  CONSTRAINT `_dm_pk_6c87de1f2a_0` PRIMARY KEY (`id`)
) AS
SELECT
  `src`.`id` AS `id`,
  `src`.`customer_id` AS `customer_id`,
  CAST(CASE
    WHEN `src`.`street` IS NULL
    THEN NULL
    ELSE CASE
      WHEN CHAR_LENGTH(CAST(`src`.`street` AS CHAR CHARACTER SET utf8mb4)) = 0
      THEN `src`.`street`
      ELSE `_dm_l1`.`value`
    END
  END AS CHAR(120)) AS `street`,
  CAST(CASE
    WHEN `src`.`city` IS NULL
    THEN NULL
    ELSE CASE
      WHEN CHAR_LENGTH(CAST(`src`.`city` AS CHAR CHARACTER SET utf8mb4)) = 0
      THEN `src`.`city`
      ELSE `_dm_l2`.`value`
    END
  END AS CHAR(60)) AS `city`,
  CAST(CASE
    WHEN `src`.`postal_code` IS NULL
    THEN NULL
    ELSE CASE
      WHEN CHAR_LENGTH(CAST(`src`.`postal_code` AS CHAR CHARACTER SET utf8mb4)) = 0
      THEN `src`.`postal_code`
      ELSE `_dm_l3`.`value`
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
          'dc0ee697f6e0dd9c69d6d277e628977e3d6dbd611705318d9a8598347aa90bbf',
          CAST(`src`.`city` AS CHAR CHARACTER SET utf8mb4)
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
          '887656d130c285fc90959c237b23c37282af42ce2cbe53abd217b042cb7f3196',
          CAST(`src`.`postal_code` AS CHAR CHARACTER SET utf8mb4)
        ) AS CHAR CHARACTER SET utf8mb4),
        256
      )
    ) AS `_dm_digest_3`
  FROM `public`.`addresses` AS `src`
  LIMIT 18446744073709551615
) AS `src`
LEFT JOIN `masked`.`_dm_lookup_street_address_en_us_19c90c0e6f83` AS `_dm_l1`
  ON `_dm_l1`.`idx` = CAST(CONV(SUBSTRING(`src`.`_dm_digest_1`, 1, 15), 16, 10) AS SIGNED) % 4000
LEFT JOIN `masked`.`_dm_lookup_city_de_de_adc7c8a2f136` AS `_dm_l2`
  ON `_dm_l2`.`idx` = CAST(CONV(SUBSTRING(`src`.`_dm_digest_2`, 1, 15), 16, 10) AS SIGNED) % 392
LEFT JOIN `masked`.`_dm_lookup_postal_code_de_de_7aaa35513755` AS `_dm_l3`
  ON `_dm_l3`.`idx` = CAST(CONV(SUBSTRING(`src`.`_dm_digest_3`, 1, 15), 16, 10) AS SIGNED) % 4000;

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

-- file: 008_orders.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect mysql
-- builds the masked copy of public.orders in a staging table
-- masking key: SET @datamask_key = '<output of: datamask-sql key>';

DROP TABLE IF EXISTS `masked`.`_dm_stage_1c168adb00d2`;

CREATE TABLE `masked`.`_dm_stage_1c168adb00d2` (
  CONSTRAINT `_dm_pk_2622c6ed9d_0` PRIMARY KEY (`id`)
) AS
SELECT
  `src`.`id` AS `id`,
  `src`.`customer_id` AS `customer_id`,
  `src`.`shipping_address_id` AS `shipping_address_id`,
  `src`.`ordered_at` AS `ordered_at`,
  `src`.`status` AS `status`,
  `src`.`total` AS `total`
FROM `public`.`orders` AS `src`;

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

-- file: 009_payments.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect mysql
-- builds the masked copy of public.payments in a staging table
-- masking key: SET @datamask_key = '<output of: datamask-sql key>';

DROP TABLE IF EXISTS `masked`.`_dm_stage_df384ae97c77`;

CREATE TABLE `masked`.`_dm_stage_df384ae97c77` (
  CONSTRAINT `_dm_pk_b18c46f0b4_0` PRIMARY KEY (`id`)
) AS
SELECT
  `src`.`id` AS `id`,
  `src`.`order_id` AS `order_id`,
  CAST(CASE
    WHEN `src`.`card_number` IS NULL
    THEN NULL
    ELSE INSERT(
      CONCAT(
        CASE
          WHEN 1 <= CHAR_LENGTH(`src`.`card_number`) - 4
          AND LOCATE(SUBSTRING(`src`.`card_number`, 1, 1), '0123456789') > 0
          THEN SUBSTRING(
            '0123456789',
            CAST(CAST(CONV(SUBSTRING(`src`.`_dm_digest_1`, 1, 2), 16, 10) AS SIGNED) % 10 + 1 AS SIGNED),
            1
          )
          ELSE SUBSTRING(`src`.`card_number`, 1, 1)
        END,
        CASE
          WHEN 2 <= CHAR_LENGTH(`src`.`card_number`) - 4
          AND LOCATE(SUBSTRING(`src`.`card_number`, 2, 1), '0123456789') > 0
          THEN SUBSTRING(
            '0123456789',
            CAST(CAST(CONV(SUBSTRING(`src`.`_dm_digest_1`, 3, 2), 16, 10) AS SIGNED) % 10 + 1 AS SIGNED),
            1
          )
          ELSE SUBSTRING(`src`.`card_number`, 2, 1)
        END,
        CASE
          WHEN 3 <= CHAR_LENGTH(`src`.`card_number`) - 4
          AND LOCATE(SUBSTRING(`src`.`card_number`, 3, 1), '0123456789') > 0
          THEN SUBSTRING(
            '0123456789',
            CAST(CAST(CONV(SUBSTRING(`src`.`_dm_digest_1`, 5, 2), 16, 10) AS SIGNED) % 10 + 1 AS SIGNED),
            1
          )
          ELSE SUBSTRING(`src`.`card_number`, 3, 1)
        END,
        CASE
          WHEN 4 <= CHAR_LENGTH(`src`.`card_number`) - 4
          AND LOCATE(SUBSTRING(`src`.`card_number`, 4, 1), '0123456789') > 0
          THEN SUBSTRING(
            '0123456789',
            CAST(CAST(CONV(SUBSTRING(`src`.`_dm_digest_1`, 7, 2), 16, 10) AS SIGNED) % 10 + 1 AS SIGNED),
            1
          )
          ELSE SUBSTRING(`src`.`card_number`, 4, 1)
        END,
        CASE
          WHEN 5 <= CHAR_LENGTH(`src`.`card_number`) - 4
          AND LOCATE(SUBSTRING(`src`.`card_number`, 5, 1), '0123456789') > 0
          THEN SUBSTRING(
            '0123456789',
            CAST(CAST(CONV(SUBSTRING(`src`.`_dm_digest_1`, 9, 2), 16, 10) AS SIGNED) % 10 + 1 AS SIGNED),
            1
          )
          ELSE SUBSTRING(`src`.`card_number`, 5, 1)
        END,
        CASE
          WHEN 6 <= CHAR_LENGTH(`src`.`card_number`) - 4
          AND LOCATE(SUBSTRING(`src`.`card_number`, 6, 1), '0123456789') > 0
          THEN SUBSTRING(
            '0123456789',
            CAST(CAST(CONV(SUBSTRING(`src`.`_dm_digest_1`, 11, 2), 16, 10) AS SIGNED) % 10 + 1 AS SIGNED),
            1
          )
          ELSE SUBSTRING(`src`.`card_number`, 6, 1)
        END,
        CASE
          WHEN 7 <= CHAR_LENGTH(`src`.`card_number`) - 4
          AND LOCATE(SUBSTRING(`src`.`card_number`, 7, 1), '0123456789') > 0
          THEN SUBSTRING(
            '0123456789',
            CAST(CAST(CONV(SUBSTRING(`src`.`_dm_digest_1`, 13, 2), 16, 10) AS SIGNED) % 10 + 1 AS SIGNED),
            1
          )
          ELSE SUBSTRING(`src`.`card_number`, 7, 1)
        END,
        CASE
          WHEN 8 <= CHAR_LENGTH(`src`.`card_number`) - 4
          AND LOCATE(SUBSTRING(`src`.`card_number`, 8, 1), '0123456789') > 0
          THEN SUBSTRING(
            '0123456789',
            CAST(CAST(CONV(SUBSTRING(`src`.`_dm_digest_1`, 15, 2), 16, 10) AS SIGNED) % 10 + 1 AS SIGNED),
            1
          )
          ELSE SUBSTRING(`src`.`card_number`, 8, 1)
        END,
        CASE
          WHEN 9 <= CHAR_LENGTH(`src`.`card_number`) - 4
          AND LOCATE(SUBSTRING(`src`.`card_number`, 9, 1), '0123456789') > 0
          THEN SUBSTRING(
            '0123456789',
            CAST(CAST(CONV(SUBSTRING(`src`.`_dm_digest_1`, 17, 2), 16, 10) AS SIGNED) % 10 + 1 AS SIGNED),
            1
          )
          ELSE SUBSTRING(`src`.`card_number`, 9, 1)
        END,
        CASE
          WHEN 10 <= CHAR_LENGTH(`src`.`card_number`) - 4
          AND LOCATE(SUBSTRING(`src`.`card_number`, 10, 1), '0123456789') > 0
          THEN SUBSTRING(
            '0123456789',
            CAST(CAST(CONV(SUBSTRING(`src`.`_dm_digest_1`, 19, 2), 16, 10) AS SIGNED) % 10 + 1 AS SIGNED),
            1
          )
          ELSE SUBSTRING(`src`.`card_number`, 10, 1)
        END,
        CASE
          WHEN 11 <= CHAR_LENGTH(`src`.`card_number`) - 4
          AND LOCATE(SUBSTRING(`src`.`card_number`, 11, 1), '0123456789') > 0
          THEN SUBSTRING(
            '0123456789',
            CAST(CAST(CONV(SUBSTRING(`src`.`_dm_digest_1`, 21, 2), 16, 10) AS SIGNED) % 10 + 1 AS SIGNED),
            1
          )
          ELSE SUBSTRING(`src`.`card_number`, 11, 1)
        END,
        CASE
          WHEN 12 <= CHAR_LENGTH(`src`.`card_number`) - 4
          AND LOCATE(SUBSTRING(`src`.`card_number`, 12, 1), '0123456789') > 0
          THEN SUBSTRING(
            '0123456789',
            CAST(CAST(CONV(SUBSTRING(`src`.`_dm_digest_1`, 23, 2), 16, 10) AS SIGNED) % 10 + 1 AS SIGNED),
            1
          )
          ELSE SUBSTRING(`src`.`card_number`, 12, 1)
        END,
        CASE
          WHEN 13 <= CHAR_LENGTH(`src`.`card_number`) - 4
          AND LOCATE(SUBSTRING(`src`.`card_number`, 13, 1), '0123456789') > 0
          THEN SUBSTRING(
            '0123456789',
            CAST(CAST(CONV(SUBSTRING(`src`.`_dm_digest_1`, 25, 2), 16, 10) AS SIGNED) % 10 + 1 AS SIGNED),
            1
          )
          ELSE SUBSTRING(`src`.`card_number`, 13, 1)
        END,
        CASE
          WHEN 14 <= CHAR_LENGTH(`src`.`card_number`) - 4
          AND LOCATE(SUBSTRING(`src`.`card_number`, 14, 1), '0123456789') > 0
          THEN SUBSTRING(
            '0123456789',
            CAST(CAST(CONV(SUBSTRING(`src`.`_dm_digest_1`, 27, 2), 16, 10) AS SIGNED) % 10 + 1 AS SIGNED),
            1
          )
          ELSE SUBSTRING(`src`.`card_number`, 14, 1)
        END,
        CASE
          WHEN 15 <= CHAR_LENGTH(`src`.`card_number`) - 4
          AND LOCATE(SUBSTRING(`src`.`card_number`, 15, 1), '0123456789') > 0
          THEN SUBSTRING(
            '0123456789',
            CAST(CAST(CONV(SUBSTRING(`src`.`_dm_digest_1`, 29, 2), 16, 10) AS SIGNED) % 10 + 1 AS SIGNED),
            1
          )
          ELSE SUBSTRING(`src`.`card_number`, 15, 1)
        END,
        CASE
          WHEN 16 <= CHAR_LENGTH(`src`.`card_number`) - 4
          AND LOCATE(SUBSTRING(`src`.`card_number`, 16, 1), '0123456789') > 0
          THEN SUBSTRING(
            '0123456789',
            CAST(CAST(CONV(SUBSTRING(`src`.`_dm_digest_1`, 31, 2), 16, 10) AS SIGNED) % 10 + 1 AS SIGNED),
            1
          )
          ELSE SUBSTRING(`src`.`card_number`, 16, 1)
        END,
        CASE
          WHEN 17 <= CHAR_LENGTH(`src`.`card_number`) - 4
          AND LOCATE(SUBSTRING(`src`.`card_number`, 17, 1), '0123456789') > 0
          THEN SUBSTRING(
            '0123456789',
            CAST(CAST(CONV(SUBSTRING(`src`.`_dm_digest_1`, 33, 2), 16, 10) AS SIGNED) % 10 + 1 AS SIGNED),
            1
          )
          ELSE SUBSTRING(`src`.`card_number`, 17, 1)
        END,
        CASE
          WHEN 18 <= CHAR_LENGTH(`src`.`card_number`) - 4
          AND LOCATE(SUBSTRING(`src`.`card_number`, 18, 1), '0123456789') > 0
          THEN SUBSTRING(
            '0123456789',
            CAST(CAST(CONV(SUBSTRING(`src`.`_dm_digest_1`, 35, 2), 16, 10) AS SIGNED) % 10 + 1 AS SIGNED),
            1
          )
          ELSE SUBSTRING(`src`.`card_number`, 18, 1)
        END,
        CASE
          WHEN 19 <= CHAR_LENGTH(`src`.`card_number`) - 4
          AND LOCATE(SUBSTRING(`src`.`card_number`, 19, 1), '0123456789') > 0
          THEN SUBSTRING(
            '0123456789',
            CAST(CAST(CONV(SUBSTRING(`src`.`_dm_digest_1`, 37, 2), 16, 10) AS SIGNED) % 10 + 1 AS SIGNED),
            1
          )
          ELSE SUBSTRING(`src`.`card_number`, 19, 1)
        END,
        REGEXP_REPLACE(SUBSTRING(`src`.`card_number`, 20), '[0-9]', '0')
      ),
      CASE WHEN `src`.`_dm_row_1` > 0 THEN `src`.`_dm_row_1` ELSE 1 END,
      1,
      CASE
        WHEN `src`.`_dm_row_1` > 0
        THEN SUBSTRING(
          '01234567890516273849',
          CAST(10 * (CHAR_LENGTH(
            REGEXP_REPLACE(SUBSTRING(`src`.`card_number`, `src`.`_dm_row_1` + 1), '[^0-9]', '')
          ) % 2) + (
            10 - (
              CASE
                WHEN `src`.`_dm_row_1` = 1
                THEN 0
                ELSE CAST(SUBSTRING(
                  `src`.`_dm_row_2`,
                  1 + CAST(CONV(SUBSTRING(`src`.`_dm_digest_1`, 1, 2), 16, 10) AS SIGNED) % 10,
                  1
                ) AS SIGNED)
              END + CASE
                WHEN `src`.`_dm_row_1` = 2
                THEN 0
                ELSE CAST(SUBSTRING(
                  `src`.`_dm_row_2`,
                  11 + CAST(CONV(SUBSTRING(`src`.`_dm_digest_1`, 3, 2), 16, 10) AS SIGNED) % 10,
                  1
                ) AS SIGNED)
              END + CASE
                WHEN `src`.`_dm_row_1` = 3
                THEN 0
                ELSE CAST(SUBSTRING(
                  `src`.`_dm_row_2`,
                  21 + CAST(CONV(SUBSTRING(`src`.`_dm_digest_1`, 5, 2), 16, 10) AS SIGNED) % 10,
                  1
                ) AS SIGNED)
              END + CASE
                WHEN `src`.`_dm_row_1` = 4
                THEN 0
                ELSE CAST(SUBSTRING(
                  `src`.`_dm_row_2`,
                  31 + CAST(CONV(SUBSTRING(`src`.`_dm_digest_1`, 7, 2), 16, 10) AS SIGNED) % 10,
                  1
                ) AS SIGNED)
              END + CASE
                WHEN `src`.`_dm_row_1` = 5
                THEN 0
                ELSE CAST(SUBSTRING(
                  `src`.`_dm_row_2`,
                  41 + CAST(CONV(SUBSTRING(`src`.`_dm_digest_1`, 9, 2), 16, 10) AS SIGNED) % 10,
                  1
                ) AS SIGNED)
              END + CASE
                WHEN `src`.`_dm_row_1` = 6
                THEN 0
                ELSE CAST(SUBSTRING(
                  `src`.`_dm_row_2`,
                  51 + CAST(CONV(SUBSTRING(`src`.`_dm_digest_1`, 11, 2), 16, 10) AS SIGNED) % 10,
                  1
                ) AS SIGNED)
              END + CASE
                WHEN `src`.`_dm_row_1` = 7
                THEN 0
                ELSE CAST(SUBSTRING(
                  `src`.`_dm_row_2`,
                  61 + CAST(CONV(SUBSTRING(`src`.`_dm_digest_1`, 13, 2), 16, 10) AS SIGNED) % 10,
                  1
                ) AS SIGNED)
              END + CASE
                WHEN `src`.`_dm_row_1` = 8
                THEN 0
                ELSE CAST(SUBSTRING(
                  `src`.`_dm_row_2`,
                  71 + CAST(CONV(SUBSTRING(`src`.`_dm_digest_1`, 15, 2), 16, 10) AS SIGNED) % 10,
                  1
                ) AS SIGNED)
              END + CASE
                WHEN `src`.`_dm_row_1` = 9
                THEN 0
                ELSE CAST(SUBSTRING(
                  `src`.`_dm_row_2`,
                  81 + CAST(CONV(SUBSTRING(`src`.`_dm_digest_1`, 17, 2), 16, 10) AS SIGNED) % 10,
                  1
                ) AS SIGNED)
              END + CASE
                WHEN `src`.`_dm_row_1` = 10
                THEN 0
                ELSE CAST(SUBSTRING(
                  `src`.`_dm_row_2`,
                  91 + CAST(CONV(SUBSTRING(`src`.`_dm_digest_1`, 19, 2), 16, 10) AS SIGNED) % 10,
                  1
                ) AS SIGNED)
              END + CASE
                WHEN `src`.`_dm_row_1` = 11
                THEN 0
                ELSE CAST(SUBSTRING(
                  `src`.`_dm_row_2`,
                  101 + CAST(CONV(SUBSTRING(`src`.`_dm_digest_1`, 21, 2), 16, 10) AS SIGNED) % 10,
                  1
                ) AS SIGNED)
              END + CASE
                WHEN `src`.`_dm_row_1` = 12
                THEN 0
                ELSE CAST(SUBSTRING(
                  `src`.`_dm_row_2`,
                  111 + CAST(CONV(SUBSTRING(`src`.`_dm_digest_1`, 23, 2), 16, 10) AS SIGNED) % 10,
                  1
                ) AS SIGNED)
              END + CASE
                WHEN `src`.`_dm_row_1` = 13
                THEN 0
                ELSE CAST(SUBSTRING(
                  `src`.`_dm_row_2`,
                  121 + CAST(CONV(SUBSTRING(`src`.`_dm_digest_1`, 25, 2), 16, 10) AS SIGNED) % 10,
                  1
                ) AS SIGNED)
              END + CASE
                WHEN `src`.`_dm_row_1` = 14
                THEN 0
                ELSE CAST(SUBSTRING(
                  `src`.`_dm_row_2`,
                  131 + CAST(CONV(SUBSTRING(`src`.`_dm_digest_1`, 27, 2), 16, 10) AS SIGNED) % 10,
                  1
                ) AS SIGNED)
              END + CASE
                WHEN `src`.`_dm_row_1` = 15
                THEN 0
                ELSE CAST(SUBSTRING(
                  `src`.`_dm_row_2`,
                  141 + CAST(CONV(SUBSTRING(`src`.`_dm_digest_1`, 29, 2), 16, 10) AS SIGNED) % 10,
                  1
                ) AS SIGNED)
              END + CASE
                WHEN `src`.`_dm_row_1` = 16
                THEN 0
                ELSE CAST(SUBSTRING(
                  `src`.`_dm_row_2`,
                  151 + CAST(CONV(SUBSTRING(`src`.`_dm_digest_1`, 31, 2), 16, 10) AS SIGNED) % 10,
                  1
                ) AS SIGNED)
              END + CASE
                WHEN `src`.`_dm_row_1` = 17
                THEN 0
                ELSE CAST(SUBSTRING(
                  `src`.`_dm_row_2`,
                  161 + CAST(CONV(SUBSTRING(`src`.`_dm_digest_1`, 33, 2), 16, 10) AS SIGNED) % 10,
                  1
                ) AS SIGNED)
              END + CASE
                WHEN `src`.`_dm_row_1` = 18
                THEN 0
                ELSE CAST(SUBSTRING(
                  `src`.`_dm_row_2`,
                  171 + CAST(CONV(SUBSTRING(`src`.`_dm_digest_1`, 35, 2), 16, 10) AS SIGNED) % 10,
                  1
                ) AS SIGNED)
              END + CASE
                WHEN `src`.`_dm_row_1` = 19
                THEN 0
                ELSE CAST(SUBSTRING(
                  `src`.`_dm_row_2`,
                  181 + CAST(CONV(SUBSTRING(`src`.`_dm_digest_1`, 37, 2), 16, 10) AS SIGNED) % 10,
                  1
                ) AS SIGNED)
              END
            ) % 10
          ) % 10 + 1 AS SIGNED),
          1
        )
        ELSE SUBSTRING(
          `src`.`card_number`,
          CASE WHEN `src`.`_dm_row_1` > 0 THEN `src`.`_dm_row_1` ELSE 1 END,
          1
        )
      END
    )
  END AS CHAR(19)) AS `card_number`,
  `src`.`card_last4` AS `card_last4`,
  `src`.`amount` AS `amount`,
  `src`.`paid_at` AS `paid_at`
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
          'b553d20da2e3dd3791be0dc0d6752febed344cbf490b3ab2d6e500b02adabe2a',
          CAST(`src`.`card_number` AS CHAR CHARACTER SET utf8mb4)
        ) AS CHAR CHARACTER SET utf8mb4),
        256
      )
    ) AS `_dm_digest_1`,
    CHAR_LENGTH(
      REGEXP_REPLACE(
        SUBSTRING(
          `src`.`card_number`,
          1,
          CASE
            WHEN CHAR_LENGTH(`src`.`card_number`) <= 4
            THEN 0
            WHEN CHAR_LENGTH(`src`.`card_number`) - 4 < 19
            THEN CHAR_LENGTH(`src`.`card_number`) - 4
            ELSE 19
          END
        ),
        '[^0-9]+$',
        ''
      )
    ) AS `_dm_row_1`,
    CONCAT(
      SUBSTRING(
        CASE
          WHEN NOT (
            1 <= CHAR_LENGTH(`src`.`card_number`)
            AND LOCATE(SUBSTRING(`src`.`card_number`, 1, 1), '0123456789') > 0
          )
          THEN '00000000000000000000'
          WHEN 1 > CHAR_LENGTH(`src`.`card_number`) - 4
          THEN CONCAT(
            REPEAT(SUBSTRING(`src`.`card_number`, 1, 1), 10),
            REPEAT(
              SUBSTRING('0246813579', LOCATE(SUBSTRING(`src`.`card_number`, 1, 1), '0123456789'), 1),
              10
            )
          )
          ELSE '01234567890246813579'
        END,
        1 + 10 * (CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card_number`, 2), '[^0-9]', '')) % 2),
        10
      ),
      SUBSTRING(
        CASE
          WHEN NOT (
            2 <= CHAR_LENGTH(`src`.`card_number`)
            AND LOCATE(SUBSTRING(`src`.`card_number`, 2, 1), '0123456789') > 0
          )
          THEN '00000000000000000000'
          WHEN 2 > CHAR_LENGTH(`src`.`card_number`) - 4
          THEN CONCAT(
            REPEAT(SUBSTRING(`src`.`card_number`, 2, 1), 10),
            REPEAT(
              SUBSTRING('0246813579', LOCATE(SUBSTRING(`src`.`card_number`, 2, 1), '0123456789'), 1),
              10
            )
          )
          ELSE '01234567890246813579'
        END,
        1 + 10 * (CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card_number`, 3), '[^0-9]', '')) % 2),
        10
      ),
      SUBSTRING(
        CASE
          WHEN NOT (
            3 <= CHAR_LENGTH(`src`.`card_number`)
            AND LOCATE(SUBSTRING(`src`.`card_number`, 3, 1), '0123456789') > 0
          )
          THEN '00000000000000000000'
          WHEN 3 > CHAR_LENGTH(`src`.`card_number`) - 4
          THEN CONCAT(
            REPEAT(SUBSTRING(`src`.`card_number`, 3, 1), 10),
            REPEAT(
              SUBSTRING('0246813579', LOCATE(SUBSTRING(`src`.`card_number`, 3, 1), '0123456789'), 1),
              10
            )
          )
          ELSE '01234567890246813579'
        END,
        1 + 10 * (CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card_number`, 4), '[^0-9]', '')) % 2),
        10
      ),
      SUBSTRING(
        CASE
          WHEN NOT (
            4 <= CHAR_LENGTH(`src`.`card_number`)
            AND LOCATE(SUBSTRING(`src`.`card_number`, 4, 1), '0123456789') > 0
          )
          THEN '00000000000000000000'
          WHEN 4 > CHAR_LENGTH(`src`.`card_number`) - 4
          THEN CONCAT(
            REPEAT(SUBSTRING(`src`.`card_number`, 4, 1), 10),
            REPEAT(
              SUBSTRING('0246813579', LOCATE(SUBSTRING(`src`.`card_number`, 4, 1), '0123456789'), 1),
              10
            )
          )
          ELSE '01234567890246813579'
        END,
        1 + 10 * (CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card_number`, 5), '[^0-9]', '')) % 2),
        10
      ),
      SUBSTRING(
        CASE
          WHEN NOT (
            5 <= CHAR_LENGTH(`src`.`card_number`)
            AND LOCATE(SUBSTRING(`src`.`card_number`, 5, 1), '0123456789') > 0
          )
          THEN '00000000000000000000'
          WHEN 5 > CHAR_LENGTH(`src`.`card_number`) - 4
          THEN CONCAT(
            REPEAT(SUBSTRING(`src`.`card_number`, 5, 1), 10),
            REPEAT(
              SUBSTRING('0246813579', LOCATE(SUBSTRING(`src`.`card_number`, 5, 1), '0123456789'), 1),
              10
            )
          )
          ELSE '01234567890246813579'
        END,
        1 + 10 * (CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card_number`, 6), '[^0-9]', '')) % 2),
        10
      ),
      SUBSTRING(
        CASE
          WHEN NOT (
            6 <= CHAR_LENGTH(`src`.`card_number`)
            AND LOCATE(SUBSTRING(`src`.`card_number`, 6, 1), '0123456789') > 0
          )
          THEN '00000000000000000000'
          WHEN 6 > CHAR_LENGTH(`src`.`card_number`) - 4
          THEN CONCAT(
            REPEAT(SUBSTRING(`src`.`card_number`, 6, 1), 10),
            REPEAT(
              SUBSTRING('0246813579', LOCATE(SUBSTRING(`src`.`card_number`, 6, 1), '0123456789'), 1),
              10
            )
          )
          ELSE '01234567890246813579'
        END,
        1 + 10 * (CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card_number`, 7), '[^0-9]', '')) % 2),
        10
      ),
      SUBSTRING(
        CASE
          WHEN NOT (
            7 <= CHAR_LENGTH(`src`.`card_number`)
            AND LOCATE(SUBSTRING(`src`.`card_number`, 7, 1), '0123456789') > 0
          )
          THEN '00000000000000000000'
          WHEN 7 > CHAR_LENGTH(`src`.`card_number`) - 4
          THEN CONCAT(
            REPEAT(SUBSTRING(`src`.`card_number`, 7, 1), 10),
            REPEAT(
              SUBSTRING('0246813579', LOCATE(SUBSTRING(`src`.`card_number`, 7, 1), '0123456789'), 1),
              10
            )
          )
          ELSE '01234567890246813579'
        END,
        1 + 10 * (CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card_number`, 8), '[^0-9]', '')) % 2),
        10
      ),
      SUBSTRING(
        CASE
          WHEN NOT (
            8 <= CHAR_LENGTH(`src`.`card_number`)
            AND LOCATE(SUBSTRING(`src`.`card_number`, 8, 1), '0123456789') > 0
          )
          THEN '00000000000000000000'
          WHEN 8 > CHAR_LENGTH(`src`.`card_number`) - 4
          THEN CONCAT(
            REPEAT(SUBSTRING(`src`.`card_number`, 8, 1), 10),
            REPEAT(
              SUBSTRING('0246813579', LOCATE(SUBSTRING(`src`.`card_number`, 8, 1), '0123456789'), 1),
              10
            )
          )
          ELSE '01234567890246813579'
        END,
        1 + 10 * (CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card_number`, 9), '[^0-9]', '')) % 2),
        10
      ),
      SUBSTRING(
        CASE
          WHEN NOT (
            9 <= CHAR_LENGTH(`src`.`card_number`)
            AND LOCATE(SUBSTRING(`src`.`card_number`, 9, 1), '0123456789') > 0
          )
          THEN '00000000000000000000'
          WHEN 9 > CHAR_LENGTH(`src`.`card_number`) - 4
          THEN CONCAT(
            REPEAT(SUBSTRING(`src`.`card_number`, 9, 1), 10),
            REPEAT(
              SUBSTRING('0246813579', LOCATE(SUBSTRING(`src`.`card_number`, 9, 1), '0123456789'), 1),
              10
            )
          )
          ELSE '01234567890246813579'
        END,
        1 + 10 * (CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card_number`, 10), '[^0-9]', '')) % 2),
        10
      ),
      SUBSTRING(
        CASE
          WHEN NOT (
            10 <= CHAR_LENGTH(`src`.`card_number`)
            AND LOCATE(SUBSTRING(`src`.`card_number`, 10, 1), '0123456789') > 0
          )
          THEN '00000000000000000000'
          WHEN 10 > CHAR_LENGTH(`src`.`card_number`) - 4
          THEN CONCAT(
            REPEAT(SUBSTRING(`src`.`card_number`, 10, 1), 10),
            REPEAT(
              SUBSTRING('0246813579', LOCATE(SUBSTRING(`src`.`card_number`, 10, 1), '0123456789'), 1),
              10
            )
          )
          ELSE '01234567890246813579'
        END,
        1 + 10 * (CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card_number`, 11), '[^0-9]', '')) % 2),
        10
      ),
      SUBSTRING(
        CASE
          WHEN NOT (
            11 <= CHAR_LENGTH(`src`.`card_number`)
            AND LOCATE(SUBSTRING(`src`.`card_number`, 11, 1), '0123456789') > 0
          )
          THEN '00000000000000000000'
          WHEN 11 > CHAR_LENGTH(`src`.`card_number`) - 4
          THEN CONCAT(
            REPEAT(SUBSTRING(`src`.`card_number`, 11, 1), 10),
            REPEAT(
              SUBSTRING('0246813579', LOCATE(SUBSTRING(`src`.`card_number`, 11, 1), '0123456789'), 1),
              10
            )
          )
          ELSE '01234567890246813579'
        END,
        1 + 10 * (CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card_number`, 12), '[^0-9]', '')) % 2),
        10
      ),
      SUBSTRING(
        CASE
          WHEN NOT (
            12 <= CHAR_LENGTH(`src`.`card_number`)
            AND LOCATE(SUBSTRING(`src`.`card_number`, 12, 1), '0123456789') > 0
          )
          THEN '00000000000000000000'
          WHEN 12 > CHAR_LENGTH(`src`.`card_number`) - 4
          THEN CONCAT(
            REPEAT(SUBSTRING(`src`.`card_number`, 12, 1), 10),
            REPEAT(
              SUBSTRING('0246813579', LOCATE(SUBSTRING(`src`.`card_number`, 12, 1), '0123456789'), 1),
              10
            )
          )
          ELSE '01234567890246813579'
        END,
        1 + 10 * (CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card_number`, 13), '[^0-9]', '')) % 2),
        10
      ),
      SUBSTRING(
        CASE
          WHEN NOT (
            13 <= CHAR_LENGTH(`src`.`card_number`)
            AND LOCATE(SUBSTRING(`src`.`card_number`, 13, 1), '0123456789') > 0
          )
          THEN '00000000000000000000'
          WHEN 13 > CHAR_LENGTH(`src`.`card_number`) - 4
          THEN CONCAT(
            REPEAT(SUBSTRING(`src`.`card_number`, 13, 1), 10),
            REPEAT(
              SUBSTRING('0246813579', LOCATE(SUBSTRING(`src`.`card_number`, 13, 1), '0123456789'), 1),
              10
            )
          )
          ELSE '01234567890246813579'
        END,
        1 + 10 * (CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card_number`, 14), '[^0-9]', '')) % 2),
        10
      ),
      SUBSTRING(
        CASE
          WHEN NOT (
            14 <= CHAR_LENGTH(`src`.`card_number`)
            AND LOCATE(SUBSTRING(`src`.`card_number`, 14, 1), '0123456789') > 0
          )
          THEN '00000000000000000000'
          WHEN 14 > CHAR_LENGTH(`src`.`card_number`) - 4
          THEN CONCAT(
            REPEAT(SUBSTRING(`src`.`card_number`, 14, 1), 10),
            REPEAT(
              SUBSTRING('0246813579', LOCATE(SUBSTRING(`src`.`card_number`, 14, 1), '0123456789'), 1),
              10
            )
          )
          ELSE '01234567890246813579'
        END,
        1 + 10 * (CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card_number`, 15), '[^0-9]', '')) % 2),
        10
      ),
      SUBSTRING(
        CASE
          WHEN NOT (
            15 <= CHAR_LENGTH(`src`.`card_number`)
            AND LOCATE(SUBSTRING(`src`.`card_number`, 15, 1), '0123456789') > 0
          )
          THEN '00000000000000000000'
          WHEN 15 > CHAR_LENGTH(`src`.`card_number`) - 4
          THEN CONCAT(
            REPEAT(SUBSTRING(`src`.`card_number`, 15, 1), 10),
            REPEAT(
              SUBSTRING('0246813579', LOCATE(SUBSTRING(`src`.`card_number`, 15, 1), '0123456789'), 1),
              10
            )
          )
          ELSE '01234567890246813579'
        END,
        1 + 10 * (CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card_number`, 16), '[^0-9]', '')) % 2),
        10
      ),
      SUBSTRING(
        CASE
          WHEN NOT (
            16 <= CHAR_LENGTH(`src`.`card_number`)
            AND LOCATE(SUBSTRING(`src`.`card_number`, 16, 1), '0123456789') > 0
          )
          THEN '00000000000000000000'
          WHEN 16 > CHAR_LENGTH(`src`.`card_number`) - 4
          THEN CONCAT(
            REPEAT(SUBSTRING(`src`.`card_number`, 16, 1), 10),
            REPEAT(
              SUBSTRING('0246813579', LOCATE(SUBSTRING(`src`.`card_number`, 16, 1), '0123456789'), 1),
              10
            )
          )
          ELSE '01234567890246813579'
        END,
        1 + 10 * (CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card_number`, 17), '[^0-9]', '')) % 2),
        10
      ),
      SUBSTRING(
        CASE
          WHEN NOT (
            17 <= CHAR_LENGTH(`src`.`card_number`)
            AND LOCATE(SUBSTRING(`src`.`card_number`, 17, 1), '0123456789') > 0
          )
          THEN '00000000000000000000'
          WHEN 17 > CHAR_LENGTH(`src`.`card_number`) - 4
          THEN CONCAT(
            REPEAT(SUBSTRING(`src`.`card_number`, 17, 1), 10),
            REPEAT(
              SUBSTRING('0246813579', LOCATE(SUBSTRING(`src`.`card_number`, 17, 1), '0123456789'), 1),
              10
            )
          )
          ELSE '01234567890246813579'
        END,
        1 + 10 * (CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card_number`, 18), '[^0-9]', '')) % 2),
        10
      ),
      SUBSTRING(
        CASE
          WHEN NOT (
            18 <= CHAR_LENGTH(`src`.`card_number`)
            AND LOCATE(SUBSTRING(`src`.`card_number`, 18, 1), '0123456789') > 0
          )
          THEN '00000000000000000000'
          WHEN 18 > CHAR_LENGTH(`src`.`card_number`) - 4
          THEN CONCAT(
            REPEAT(SUBSTRING(`src`.`card_number`, 18, 1), 10),
            REPEAT(
              SUBSTRING('0246813579', LOCATE(SUBSTRING(`src`.`card_number`, 18, 1), '0123456789'), 1),
              10
            )
          )
          ELSE '01234567890246813579'
        END,
        1 + 10 * (CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card_number`, 19), '[^0-9]', '')) % 2),
        10
      ),
      SUBSTRING(
        CASE
          WHEN NOT (
            19 <= CHAR_LENGTH(`src`.`card_number`)
            AND LOCATE(SUBSTRING(`src`.`card_number`, 19, 1), '0123456789') > 0
          )
          THEN '00000000000000000000'
          WHEN 19 > CHAR_LENGTH(`src`.`card_number`) - 4
          THEN CONCAT(
            REPEAT(SUBSTRING(`src`.`card_number`, 19, 1), 10),
            REPEAT(
              SUBSTRING('0246813579', LOCATE(SUBSTRING(`src`.`card_number`, 19, 1), '0123456789'), 1),
              10
            )
          )
          ELSE '01234567890246813579'
        END,
        1 + 10 * (CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card_number`, 20), '[^0-9]', '')) % 2),
        10
      )
    ) AS `_dm_row_2`
  FROM `public`.`payments` AS `src`
  LIMIT 18446744073709551615
) AS `src`;

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

-- file: 010_swap.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect mysql
-- replaces each target table by its verified staging table and records what built it in
-- the target's _datamask_meta table (key fingerprint, rules hash, algorithm, watermark)

DELETE FROM `masked`.`_datamask_meta`
WHERE
  `table_name` = 'customers';

DELETE FROM `masked`.`_datamask_meta`
WHERE
  `table_name` = 'addresses';

DELETE FROM `masked`.`_datamask_meta`
WHERE
  `table_name` = 'orders';

DELETE FROM `masked`.`_datamask_meta`
WHERE
  `table_name` = 'payments';

ALTER TABLE `masked`.`_dm_stage_21eb2153dd14`
ADD CONSTRAINT `_dm_uq_0fb2905599_0` UNIQUE (
  `email`
);

DROP TABLE IF EXISTS `masked`.`_dm_old_df384ae97c77`;

DROP TABLE IF EXISTS `masked`.`_dm_old_1c168adb00d2`;

DROP TABLE IF EXISTS `masked`.`_dm_old_fe79d7d4f725`;

DROP TABLE IF EXISTS `masked`.`_dm_old_21eb2153dd14`;

CREATE TABLE IF NOT EXISTS `masked`.`customers`
LIKE `masked`.`_dm_stage_21eb2153dd14`;

CREATE TABLE IF NOT EXISTS `masked`.`addresses`
LIKE `masked`.`_dm_stage_fe79d7d4f725`;

CREATE TABLE IF NOT EXISTS `masked`.`orders`
LIKE `masked`.`_dm_stage_1c168adb00d2`;

CREATE TABLE IF NOT EXISTS `masked`.`payments`
LIKE `masked`.`_dm_stage_df384ae97c77`;

RENAME TABLE `masked`.`customers` TO `masked`.`_dm_old_21eb2153dd14`, `masked`.`_dm_stage_21eb2153dd14` TO `masked`.`customers`, `masked`.`addresses` TO `masked`.`_dm_old_fe79d7d4f725`, `masked`.`_dm_stage_fe79d7d4f725` TO `masked`.`addresses`, `masked`.`orders` TO `masked`.`_dm_old_1c168adb00d2`, `masked`.`_dm_stage_1c168adb00d2` TO `masked`.`orders`, `masked`.`payments` TO `masked`.`_dm_old_df384ae97c77`, `masked`.`_dm_stage_df384ae97c77` TO `masked`.`payments`;

DROP TABLE IF EXISTS `masked`.`_dm_old_df384ae97c77`;

DROP TABLE IF EXISTS `masked`.`_dm_old_1c168adb00d2`;

DROP TABLE IF EXISTS `masked`.`_dm_old_fe79d7d4f725`;

DROP TABLE IF EXISTS `masked`.`_dm_old_21eb2153dd14`;

ALTER TABLE `masked`.`addresses`
  ADD CONSTRAINT `_dm_fk_6c87de1f2a_0` FOREIGN KEY (`customer_id`) REFERENCES `masked`.`customers` (
    `id`
  );

ALTER TABLE `masked`.`orders`
  ADD CONSTRAINT `_dm_fk_2622c6ed9d_0` FOREIGN KEY (`customer_id`) REFERENCES `masked`.`customers` (
    `id`
  ),
  ADD CONSTRAINT `_dm_fk_2622c6ed9d_1` FOREIGN KEY (`shipping_address_id`) REFERENCES `masked`.`addresses` (
    `id`
  );

ALTER TABLE `masked`.`payments`
  ADD CONSTRAINT `_dm_fk_b18c46f0b4_0` FOREIGN KEY (`order_id`) REFERENCES `masked`.`orders` (
    `id`
  );

DELETE FROM `masked`.`_datamask_meta`
WHERE
  `table_name` = 'customers';

INSERT INTO `masked`.`_datamask_meta` (
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
  'customers',
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
  '611168ef11bfc4b7c4267eae2dc1d96c56d898e23e06d08efb047fed2be80d63',
  'dm2',
  'full',
  NULL,
  NULL,
  CAST(CURRENT_TIMESTAMP() AS CHAR);

DELETE FROM `masked`.`_datamask_meta`
WHERE
  `table_name` = 'addresses';

INSERT INTO `masked`.`_datamask_meta` (
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
  'addresses',
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
  '60469fd68a61936b832a460bc7eae3256528c11915e09bc5aa22495859cf17cf',
  'dm2',
  'full',
  NULL,
  NULL,
  CAST(CURRENT_TIMESTAMP() AS CHAR);

DELETE FROM `masked`.`_datamask_meta`
WHERE
  `table_name` = 'orders';

INSERT INTO `masked`.`_datamask_meta` (
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
  'orders',
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
  '7f37330516a2df4277ded30c51ce49631986acf0571f2a00e522de7a8ed61a06',
  'dm2',
  'full',
  NULL,
  NULL,
  CAST(CURRENT_TIMESTAMP() AS CHAR);

DELETE FROM `masked`.`_datamask_meta`
WHERE
  `table_name` = 'payments';

INSERT INTO `masked`.`_datamask_meta` (
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
  'payments',
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
  '1f72644308c18e6bf6045c2f6b72302fdf9626c2a44011000437d9dedb50ed69',
  'dm2',
  'full',
  NULL,
  NULL,
  CAST(CURRENT_TIMESTAMP() AS CHAR);

