-- file: 000_setup.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect tsql
-- run the files in run_order.txt; this one creates the target schema

IF NOT EXISTS (SELECT * FROM INFORMATION_SCHEMA.SCHEMATA WHERE SCHEMA_NAME = 'masked') EXEC('CREATE SCHEMA [masked]');

IF NOT EXISTS (SELECT * FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = '_datamask_meta' AND TABLE_SCHEMA = 'masked') EXEC('CREATE TABLE [masked].[_datamask_meta] (
  [table_name] VARCHAR(255) NOT NULL,
  [key_fingerprint] VARCHAR(64) NOT NULL,
  [rules_sha256] VARCHAR(64) NOT NULL,
  [algorithm] VARCHAR(16) NOT NULL,
  [mode] VARCHAR(16) NOT NULL,
  [cursor_column] VARCHAR(255),
  [watermark] VARCHAR(255),
  [built_at] VARCHAR(40)
)');

-- file: 001_lookup_city_de_de_adc7c8a2f136.sql (lookup data, sha256 3b85ae8ae1d760e2eded99c65d16d42f0ceba0e413ed76d26fc4ce7abf4ee888)

-- file: 002_lookup_first_name_en_us_0780cf166fbf.sql (lookup data, sha256 24afdfbcc49bf7a4cd91c9ae5e7a0e174013b834dea6bcbf8e12e4d9281cf45d)

-- file: 003_lookup_last_name_en_us_98d08c045bae.sql (lookup data, sha256 c9ad309a41f228b2b661fa3f2dafd5a9b23270f9186ad866960f223ef7384fd7)

-- file: 004_lookup_postal_code_de_de_7aaa35513755.sql (lookup data, sha256 49a76d124b5d89f3a23da9e8d958ac96cdd0edab6eaebfc3443248059ad8fd5e)

-- file: 005_lookup_street_address_en_us_19c90c0e6f83.sql (lookup data, sha256 396f500c53dd2593945f30ad6b2b43eec005a1ea9e65e5396c67ad7635e96555)

-- file: 006_customers.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect tsql
-- builds the masked copy of public.customers in a staging table
-- masking key: EXEC sp_set_session_context @key = N'datamask_key', @value = N'<output of: datamask-sql key>';

DROP TABLE IF EXISTS [masked].[_dm_stage_21eb2153dd14];

SELECT
  *
INTO [masked].[_dm_stage_21eb2153dd14]
FROM (
  SELECT
    [src].[id] AS [id],
    CAST(CASE
      WHEN [src].[email] IS NULL
      THEN NULL
      ELSE CONCAT(
        SUBSTRING([src].[_dm_digest_1], 1, 16),
        '@',
        CASE
          WHEN CAST(CONVERT(
            VARBINARY(8),
            CONCAT(
              '0x',
              RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_1], 17, 2)), 16)
            ),
            1
          ) AS BIGINT) % 3 = 0
          THEN 'example.com'
          WHEN CAST(CONVERT(
            VARBINARY(8),
            CONCAT(
              '0x',
              RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_1], 17, 2)), 16)
            ),
            1
          ) AS BIGINT) % 3 = 1
          THEN 'example.net'
          ELSE 'example.org'
        END
      )
    END AS VARCHAR(120)) AS [email],
    CAST(CASE
      WHEN [src].[first_name] IS NULL
      THEN NULL
      ELSE CASE
        WHEN LEN(CONCAT(CAST([src].[first_name] AS NVARCHAR(MAX)), '.')) - 1 = 0
        THEN [src].[first_name]
        ELSE [_dm_l1].[value]
      END
    END AS VARCHAR(40)) AS [first_name],
    CAST(CASE
      WHEN [src].[last_name] IS NULL
      THEN NULL
      ELSE CASE
        WHEN LEN(CONCAT(CAST([src].[last_name] AS NVARCHAR(MAX)), '.')) - 1 = 0
        THEN [src].[last_name]
        ELSE [_dm_l2].[value]
      END
    END AS VARCHAR(40)) AS [last_name],
    CAST(CASE
      WHEN [src].[phone] IS NULL
      THEN NULL
      ELSE CONCAT(
        SUBSTRING([src].[phone], 1, 1),
        SUBSTRING([src].[phone], 2, 1),
        SUBSTRING([src].[phone], 3, 1),
        CASE
          WHEN 4 <= LEN(CONCAT([src].[phone], '.')) - 1
          AND CHARINDEX(SUBSTRING([src].[phone], 4, 1), '0123456789') > 0
          THEN SUBSTRING(
            '0123456789',
            CAST(CAST(CONVERT(
              VARBINARY(8),
              CONCAT('0x', RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_4], 7, 2)), 16)),
              1
            ) AS BIGINT) % 10 + 1 AS INTEGER),
            1
          )
          ELSE SUBSTRING([src].[phone], 4, 1)
        END,
        CASE
          WHEN 5 <= LEN(CONCAT([src].[phone], '.')) - 1
          AND CHARINDEX(SUBSTRING([src].[phone], 5, 1), '0123456789') > 0
          THEN SUBSTRING(
            '0123456789',
            CAST(CAST(CONVERT(
              VARBINARY(8),
              CONCAT('0x', RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_4], 9, 2)), 16)),
              1
            ) AS BIGINT) % 10 + 1 AS INTEGER),
            1
          )
          ELSE SUBSTRING([src].[phone], 5, 1)
        END,
        CASE
          WHEN 6 <= LEN(CONCAT([src].[phone], '.')) - 1
          AND CHARINDEX(SUBSTRING([src].[phone], 6, 1), '0123456789') > 0
          THEN SUBSTRING(
            '0123456789',
            CAST(CAST(CONVERT(
              VARBINARY(8),
              CONCAT(
                '0x',
                RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_4], 11, 2)), 16)
              ),
              1
            ) AS BIGINT) % 10 + 1 AS INTEGER),
            1
          )
          ELSE SUBSTRING([src].[phone], 6, 1)
        END,
        CASE
          WHEN 7 <= LEN(CONCAT([src].[phone], '.')) - 1
          AND CHARINDEX(SUBSTRING([src].[phone], 7, 1), '0123456789') > 0
          THEN SUBSTRING(
            '0123456789',
            CAST(CAST(CONVERT(
              VARBINARY(8),
              CONCAT(
                '0x',
                RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_4], 13, 2)), 16)
              ),
              1
            ) AS BIGINT) % 10 + 1 AS INTEGER),
            1
          )
          ELSE SUBSTRING([src].[phone], 7, 1)
        END,
        CASE
          WHEN 8 <= LEN(CONCAT([src].[phone], '.')) - 1
          AND CHARINDEX(SUBSTRING([src].[phone], 8, 1), '0123456789') > 0
          THEN SUBSTRING(
            '0123456789',
            CAST(CAST(CONVERT(
              VARBINARY(8),
              CONCAT(
                '0x',
                RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_4], 15, 2)), 16)
              ),
              1
            ) AS BIGINT) % 10 + 1 AS INTEGER),
            1
          )
          ELSE SUBSTRING([src].[phone], 8, 1)
        END,
        CASE
          WHEN 9 <= LEN(CONCAT([src].[phone], '.')) - 1
          AND CHARINDEX(SUBSTRING([src].[phone], 9, 1), '0123456789') > 0
          THEN SUBSTRING(
            '0123456789',
            CAST(CAST(CONVERT(
              VARBINARY(8),
              CONCAT(
                '0x',
                RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_4], 17, 2)), 16)
              ),
              1
            ) AS BIGINT) % 10 + 1 AS INTEGER),
            1
          )
          ELSE SUBSTRING([src].[phone], 9, 1)
        END,
        CASE
          WHEN 10 <= LEN(CONCAT([src].[phone], '.')) - 1
          AND CHARINDEX(SUBSTRING([src].[phone], 10, 1), '0123456789') > 0
          THEN SUBSTRING(
            '0123456789',
            CAST(CAST(CONVERT(
              VARBINARY(8),
              CONCAT(
                '0x',
                RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_4], 19, 2)), 16)
              ),
              1
            ) AS BIGINT) % 10 + 1 AS INTEGER),
            1
          )
          ELSE SUBSTRING([src].[phone], 10, 1)
        END,
        CASE
          WHEN 11 <= LEN(CONCAT([src].[phone], '.')) - 1
          AND CHARINDEX(SUBSTRING([src].[phone], 11, 1), '0123456789') > 0
          THEN SUBSTRING(
            '0123456789',
            CAST(CAST(CONVERT(
              VARBINARY(8),
              CONCAT(
                '0x',
                RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_4], 21, 2)), 16)
              ),
              1
            ) AS BIGINT) % 10 + 1 AS INTEGER),
            1
          )
          ELSE SUBSTRING([src].[phone], 11, 1)
        END,
        CASE
          WHEN 12 <= LEN(CONCAT([src].[phone], '.')) - 1
          AND CHARINDEX(SUBSTRING([src].[phone], 12, 1), '0123456789') > 0
          THEN SUBSTRING(
            '0123456789',
            CAST(CAST(CONVERT(
              VARBINARY(8),
              CONCAT(
                '0x',
                RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_4], 23, 2)), 16)
              ),
              1
            ) AS BIGINT) % 10 + 1 AS INTEGER),
            1
          )
          ELSE SUBSTRING([src].[phone], 12, 1)
        END,
        CASE
          WHEN 13 <= LEN(CONCAT([src].[phone], '.')) - 1
          AND CHARINDEX(SUBSTRING([src].[phone], 13, 1), '0123456789') > 0
          THEN SUBSTRING(
            '0123456789',
            CAST(CAST(CONVERT(
              VARBINARY(8),
              CONCAT(
                '0x',
                RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_4], 25, 2)), 16)
              ),
              1
            ) AS BIGINT) % 10 + 1 AS INTEGER),
            1
          )
          ELSE SUBSTRING([src].[phone], 13, 1)
        END,
        CASE
          WHEN 14 <= LEN(CONCAT([src].[phone], '.')) - 1
          AND CHARINDEX(SUBSTRING([src].[phone], 14, 1), '0123456789') > 0
          THEN SUBSTRING(
            '0123456789',
            CAST(CAST(CONVERT(
              VARBINARY(8),
              CONCAT(
                '0x',
                RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_4], 27, 2)), 16)
              ),
              1
            ) AS BIGINT) % 10 + 1 AS INTEGER),
            1
          )
          ELSE SUBSTRING([src].[phone], 14, 1)
        END,
        CASE
          WHEN 15 <= LEN(CONCAT([src].[phone], '.')) - 1
          AND CHARINDEX(SUBSTRING([src].[phone], 15, 1), '0123456789') > 0
          THEN SUBSTRING(
            '0123456789',
            CAST(CAST(CONVERT(
              VARBINARY(8),
              CONCAT(
                '0x',
                RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_4], 29, 2)), 16)
              ),
              1
            ) AS BIGINT) % 10 + 1 AS INTEGER),
            1
          )
          ELSE SUBSTRING([src].[phone], 15, 1)
        END,
        CASE
          WHEN 16 <= LEN(CONCAT([src].[phone], '.')) - 1
          AND CHARINDEX(SUBSTRING([src].[phone], 16, 1), '0123456789') > 0
          THEN SUBSTRING(
            '0123456789',
            CAST(CAST(CONVERT(
              VARBINARY(8),
              CONCAT(
                '0x',
                RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_4], 31, 2)), 16)
              ),
              1
            ) AS BIGINT) % 10 + 1 AS INTEGER),
            1
          )
          ELSE SUBSTRING([src].[phone], 16, 1)
        END,
        CASE
          WHEN 17 <= LEN(CONCAT([src].[phone], '.')) - 1
          AND CHARINDEX(SUBSTRING([src].[phone], 17, 1), '0123456789') > 0
          THEN SUBSTRING(
            '0123456789',
            CAST(CAST(CONVERT(
              VARBINARY(8),
              CONCAT(
                '0x',
                RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_4], 33, 2)), 16)
              ),
              1
            ) AS BIGINT) % 10 + 1 AS INTEGER),
            1
          )
          ELSE SUBSTRING([src].[phone], 17, 1)
        END,
        CASE
          WHEN 18 <= LEN(CONCAT([src].[phone], '.')) - 1
          AND CHARINDEX(SUBSTRING([src].[phone], 18, 1), '0123456789') > 0
          THEN SUBSTRING(
            '0123456789',
            CAST(CAST(CONVERT(
              VARBINARY(8),
              CONCAT(
                '0x',
                RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_4], 35, 2)), 16)
              ),
              1
            ) AS BIGINT) % 10 + 1 AS INTEGER),
            1
          )
          ELSE SUBSTRING([src].[phone], 18, 1)
        END,
        CASE
          WHEN 19 <= LEN(CONCAT([src].[phone], '.')) - 1
          AND CHARINDEX(SUBSTRING([src].[phone], 19, 1), '0123456789') > 0
          THEN SUBSTRING(
            '0123456789',
            CAST(CAST(CONVERT(
              VARBINARY(8),
              CONCAT(
                '0x',
                RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_4], 37, 2)), 16)
              ),
              1
            ) AS BIGINT) % 10 + 1 AS INTEGER),
            1
          )
          ELSE SUBSTRING([src].[phone], 19, 1)
        END,
        CASE
          WHEN 20 <= LEN(CONCAT([src].[phone], '.')) - 1
          AND CHARINDEX(SUBSTRING([src].[phone], 20, 1), '0123456789') > 0
          THEN SUBSTRING(
            '0123456789',
            CAST(CAST(CONVERT(
              VARBINARY(8),
              CONCAT(
                '0x',
                RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_4], 39, 2)), 16)
              ),
              1
            ) AS BIGINT) % 10 + 1 AS INTEGER),
            1
          )
          ELSE SUBSTRING([src].[phone], 20, 1)
        END,
        CASE
          WHEN 21 <= LEN(CONCAT([src].[phone], '.')) - 1
          AND CHARINDEX(SUBSTRING([src].[phone], 21, 1), '0123456789') > 0
          THEN SUBSTRING(
            '0123456789',
            CAST(CAST(CONVERT(
              VARBINARY(8),
              CONCAT(
                '0x',
                RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_4], 41, 2)), 16)
              ),
              1
            ) AS BIGINT) % 10 + 1 AS INTEGER),
            1
          )
          ELSE SUBSTRING([src].[phone], 21, 1)
        END,
        CASE
          WHEN 22 <= LEN(CONCAT([src].[phone], '.')) - 1
          AND CHARINDEX(SUBSTRING([src].[phone], 22, 1), '0123456789') > 0
          THEN SUBSTRING(
            '0123456789',
            CAST(CAST(CONVERT(
              VARBINARY(8),
              CONCAT(
                '0x',
                RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_4], 43, 2)), 16)
              ),
              1
            ) AS BIGINT) % 10 + 1 AS INTEGER),
            1
          )
          ELSE SUBSTRING([src].[phone], 22, 1)
        END,
        CASE
          WHEN 23 <= LEN(CONCAT([src].[phone], '.')) - 1
          AND CHARINDEX(SUBSTRING([src].[phone], 23, 1), '0123456789') > 0
          THEN SUBSTRING(
            '0123456789',
            CAST(CAST(CONVERT(
              VARBINARY(8),
              CONCAT(
                '0x',
                RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_4], 45, 2)), 16)
              ),
              1
            ) AS BIGINT) % 10 + 1 AS INTEGER),
            1
          )
          ELSE SUBSTRING([src].[phone], 23, 1)
        END,
        CASE
          WHEN 24 <= LEN(CONCAT([src].[phone], '.')) - 1
          AND CHARINDEX(SUBSTRING([src].[phone], 24, 1), '0123456789') > 0
          THEN SUBSTRING(
            '0123456789',
            CAST(CAST(CONVERT(
              VARBINARY(8),
              CONCAT(
                '0x',
                RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_4], 47, 2)), 16)
              ),
              1
            ) AS BIGINT) % 10 + 1 AS INTEGER),
            1
          )
          ELSE SUBSTRING([src].[phone], 24, 1)
        END,
        REGEXP_REPLACE(SUBSTRING([src].[phone], 25, 1073741823), '[0-9]', '0')
      )
    END AS VARCHAR(24)) AS [phone],
    CAST(CASE
      WHEN [src].[birth_date] IS NULL
      THEN NULL
      ELSE DATEADD(
        DAY,
        CASE
          WHEN CAST(CONVERT(
            VARBINARY(8),
            CONCAT(
              '0x',
              RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_5], 1, 15)), 16)
            ),
            1
          ) AS BIGINT) % 360 < 180
          THEN (
            CAST(CONVERT(
              VARBINARY(8),
              CONCAT(
                '0x',
                RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_5], 1, 15)), 16)
              ),
              1
            ) AS BIGINT) % 360 - 180
          ) * CASE WHEN DATEPART(YEAR, [src].[birth_date]) <= 10 THEN -1 ELSE 1 END
          ELSE (
            CAST(CONVERT(
              VARBINARY(8),
              CONCAT(
                '0x',
                RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_5], 1, 15)), 16)
              ),
              1
            ) AS BIGINT) % 360 - 180 + 1
          ) * CASE WHEN DATEPART(YEAR, [src].[birth_date]) > 9989 THEN -1 ELSE 1 END
        END,
        [src].[birth_date]
      )
    END AS DATE) AS [birth_date],
    [src].[created_at] AS [created_at],
    [src].[is_vip] AS [is_vip],
    CAST(CASE
      WHEN [src].[notes] IS NULL
      THEN NULL
      ELSE REGEXP_REPLACE(
        REGEXP_REPLACE(
          [src].[notes],
          '[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+([.][A-Za-z0-9-]+)+',
          'user@example.com'
        ),
        '[0-9]',
        '#'
      )
    END AS VARCHAR(500)) AS [notes]
  FROM (
    SELECT
      [src].*,
      LOWER(
        CONVERT(
          VARCHAR(64),
          HASHBYTES(
            'SHA2_256',
            CAST(CAST(CONCAT(
              CASE
                WHEN SESSION_CONTEXT(N'datamask_key') IS NULL
                THEN CAST(CAST(N'datamask_key is not set (see the file header)' AS INTEGER) AS NVARCHAR(64))
                ELSE CAST(SESSION_CONTEXT(N'datamask_key') AS NVARCHAR(64))
              END,
              'e721e2036e4becf7b6fc57200cf2e63eaa4759e0c40f20fc4e194ad9b398bc30',
              CAST([src].[email] AS NVARCHAR(MAX))
            ) AS NVARCHAR(MAX)) COLLATE Latin1_General_100_CI_AS_SC_UTF8 AS VARCHAR(MAX))
          ),
          2
        )
      ) AS [_dm_digest_1],
      LOWER(
        CONVERT(
          VARCHAR(64),
          HASHBYTES(
            'SHA2_256',
            CAST(CAST(CONCAT(
              CASE
                WHEN SESSION_CONTEXT(N'datamask_key') IS NULL
                THEN CAST(CAST(N'datamask_key is not set (see the file header)' AS INTEGER) AS NVARCHAR(64))
                ELSE CAST(SESSION_CONTEXT(N'datamask_key') AS NVARCHAR(64))
              END,
              'e175a3d319d959bbb8cd0a7c16b2c56a528695c9ad57d5a323c78649091d5985',
              CAST([src].[first_name] AS NVARCHAR(MAX))
            ) AS NVARCHAR(MAX)) COLLATE Latin1_General_100_CI_AS_SC_UTF8 AS VARCHAR(MAX))
          ),
          2
        )
      ) AS [_dm_digest_2],
      LOWER(
        CONVERT(
          VARCHAR(64),
          HASHBYTES(
            'SHA2_256',
            CAST(CAST(CONCAT(
              CASE
                WHEN SESSION_CONTEXT(N'datamask_key') IS NULL
                THEN CAST(CAST(N'datamask_key is not set (see the file header)' AS INTEGER) AS NVARCHAR(64))
                ELSE CAST(SESSION_CONTEXT(N'datamask_key') AS NVARCHAR(64))
              END,
              'c4f3dde558963b7f10313d70597a66dec84f47eb0c8441314c5b91147811b1ff',
              CAST([src].[last_name] AS NVARCHAR(MAX))
            ) AS NVARCHAR(MAX)) COLLATE Latin1_General_100_CI_AS_SC_UTF8 AS VARCHAR(MAX))
          ),
          2
        )
      ) AS [_dm_digest_3],
      LOWER(
        CONVERT(
          VARCHAR(64),
          HASHBYTES(
            'SHA2_256',
            CAST(CAST(CONCAT(
              CASE
                WHEN SESSION_CONTEXT(N'datamask_key') IS NULL
                THEN CAST(CAST(N'datamask_key is not set (see the file header)' AS INTEGER) AS NVARCHAR(64))
                ELSE CAST(SESSION_CONTEXT(N'datamask_key') AS NVARCHAR(64))
              END,
              '5e72d4c1a960a37b3aff1d2efde8366b24eeca1f0354801927d8440291d5b583',
              CAST([src].[phone] AS NVARCHAR(MAX))
            ) AS NVARCHAR(MAX)) COLLATE Latin1_General_100_CI_AS_SC_UTF8 AS VARCHAR(MAX))
          ),
          2
        )
      ) AS [_dm_digest_4],
      LOWER(
        CONVERT(
          VARCHAR(64),
          HASHBYTES(
            'SHA2_256',
            CAST(CAST(CONCAT(
              CASE
                WHEN SESSION_CONTEXT(N'datamask_key') IS NULL
                THEN CAST(CAST(N'datamask_key is not set (see the file header)' AS INTEGER) AS NVARCHAR(64))
                ELSE CAST(SESSION_CONTEXT(N'datamask_key') AS NVARCHAR(64))
              END,
              '79d54ea47dd60e826100b20b77867502847b176d1738178e5763e26e3c5c4304',
              CONVERT(VARCHAR(10), [src].[birth_date], 23)
            ) AS NVARCHAR(MAX)) COLLATE Latin1_General_100_CI_AS_SC_UTF8 AS VARCHAR(MAX))
          ),
          2
        )
      ) AS [_dm_digest_5]
    FROM [public].[customers] AS [src]
  ) AS [src]
  LEFT JOIN [masked].[_dm_lookup_first_name_en_us_0780cf166fbf] AS [_dm_l1]
    ON [_dm_l1].[idx] = CAST(CONVERT(
      VARBINARY(8),
      CONCAT(
        '0x',
        RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_2], 1, 15)), 16)
      ),
      1
    ) AS BIGINT) % 690
  LEFT JOIN [masked].[_dm_lookup_last_name_en_us_98d08c045bae] AS [_dm_l2]
    ON [_dm_l2].[idx] = CAST(CONVERT(
      VARBINARY(8),
      CONCAT(
        '0x',
        RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_3], 1, 15)), 16)
      ),
      1
    ) AS BIGINT) % 1000
) AS [temp];

ALTER TABLE [masked].[_dm_stage_21eb2153dd14]
ALTER COLUMN [id] INTEGER NOT NULL;

ALTER TABLE [masked].[_dm_stage_21eb2153dd14]
ALTER COLUMN [email] VARCHAR(120) NOT NULL;

ALTER TABLE [masked].[_dm_stage_21eb2153dd14]
ALTER COLUMN [first_name] VARCHAR(40) NOT NULL;

ALTER TABLE [masked].[_dm_stage_21eb2153dd14]
ALTER COLUMN [last_name] VARCHAR(40) NOT NULL;

ALTER TABLE [masked].[_dm_stage_21eb2153dd14]
ALTER COLUMN [created_at] DATETIME2 NOT NULL;

ALTER TABLE [masked].[_dm_stage_21eb2153dd14]
ALTER COLUMN [is_vip] BIT NOT NULL;

-- file: 007_addresses.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect tsql
-- builds the masked copy of public.addresses in a staging table
-- masking key: EXEC sp_set_session_context @key = N'datamask_key', @value = N'<output of: datamask-sql key>';

DROP TABLE IF EXISTS [masked].[_dm_stage_fe79d7d4f725];

SELECT
  *
INTO [masked].[_dm_stage_fe79d7d4f725]
FROM (
  SELECT
    [src].[id] AS [id],
    [src].[customer_id] AS [customer_id],
    CAST(CASE
      WHEN [src].[street] IS NULL
      THEN NULL
      ELSE CASE
        WHEN LEN(CONCAT(CAST([src].[street] AS NVARCHAR(MAX)), '.')) - 1 = 0
        THEN [src].[street]
        ELSE [_dm_l1].[value]
      END
    END AS VARCHAR(120)) AS [street],
    CAST(CASE
      WHEN [src].[city] IS NULL
      THEN NULL
      ELSE CASE
        WHEN LEN(CONCAT(CAST([src].[city] AS NVARCHAR(MAX)), '.')) - 1 = 0
        THEN [src].[city]
        ELSE [_dm_l2].[value]
      END
    END AS VARCHAR(60)) AS [city],
    CAST(CASE
      WHEN [src].[postal_code] IS NULL
      THEN NULL
      ELSE CASE
        WHEN LEN(CONCAT(CAST([src].[postal_code] AS NVARCHAR(MAX)), '.')) - 1 = 0
        THEN [src].[postal_code]
        ELSE [_dm_l3].[value]
      END
    END AS VARCHAR(12)) AS [postal_code],
    [src].[country] AS [country]
  FROM (
    SELECT
      [src].*,
      LOWER(
        CONVERT(
          VARCHAR(64),
          HASHBYTES(
            'SHA2_256',
            CAST(CAST(CONCAT(
              CASE
                WHEN SESSION_CONTEXT(N'datamask_key') IS NULL
                THEN CAST(CAST(N'datamask_key is not set (see the file header)' AS INTEGER) AS NVARCHAR(64))
                ELSE CAST(SESSION_CONTEXT(N'datamask_key') AS NVARCHAR(64))
              END,
              'e6afc0773fc6fb705640f7104f74fdd383f4ee52d86fd26301849f14ced56751',
              CAST([src].[street] AS NVARCHAR(MAX))
            ) AS NVARCHAR(MAX)) COLLATE Latin1_General_100_CI_AS_SC_UTF8 AS VARCHAR(MAX))
          ),
          2
        )
      ) AS [_dm_digest_1],
      LOWER(
        CONVERT(
          VARCHAR(64),
          HASHBYTES(
            'SHA2_256',
            CAST(CAST(CONCAT(
              CASE
                WHEN SESSION_CONTEXT(N'datamask_key') IS NULL
                THEN CAST(CAST(N'datamask_key is not set (see the file header)' AS INTEGER) AS NVARCHAR(64))
                ELSE CAST(SESSION_CONTEXT(N'datamask_key') AS NVARCHAR(64))
              END,
              'dc0ee697f6e0dd9c69d6d277e628977e3d6dbd611705318d9a8598347aa90bbf',
              CAST([src].[city] AS NVARCHAR(MAX))
            ) AS NVARCHAR(MAX)) COLLATE Latin1_General_100_CI_AS_SC_UTF8 AS VARCHAR(MAX))
          ),
          2
        )
      ) AS [_dm_digest_2],
      LOWER(
        CONVERT(
          VARCHAR(64),
          HASHBYTES(
            'SHA2_256',
            CAST(CAST(CONCAT(
              CASE
                WHEN SESSION_CONTEXT(N'datamask_key') IS NULL
                THEN CAST(CAST(N'datamask_key is not set (see the file header)' AS INTEGER) AS NVARCHAR(64))
                ELSE CAST(SESSION_CONTEXT(N'datamask_key') AS NVARCHAR(64))
              END,
              '887656d130c285fc90959c237b23c37282af42ce2cbe53abd217b042cb7f3196',
              CAST([src].[postal_code] AS NVARCHAR(MAX))
            ) AS NVARCHAR(MAX)) COLLATE Latin1_General_100_CI_AS_SC_UTF8 AS VARCHAR(MAX))
          ),
          2
        )
      ) AS [_dm_digest_3]
    FROM [public].[addresses] AS [src]
  ) AS [src]
  LEFT JOIN [masked].[_dm_lookup_street_address_en_us_19c90c0e6f83] AS [_dm_l1]
    ON [_dm_l1].[idx] = CAST(CONVERT(
      VARBINARY(8),
      CONCAT(
        '0x',
        RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_1], 1, 15)), 16)
      ),
      1
    ) AS BIGINT) % 4000
  LEFT JOIN [masked].[_dm_lookup_city_de_de_adc7c8a2f136] AS [_dm_l2]
    ON [_dm_l2].[idx] = CAST(CONVERT(
      VARBINARY(8),
      CONCAT(
        '0x',
        RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_2], 1, 15)), 16)
      ),
      1
    ) AS BIGINT) % 392
  LEFT JOIN [masked].[_dm_lookup_postal_code_de_de_7aaa35513755] AS [_dm_l3]
    ON [_dm_l3].[idx] = CAST(CONVERT(
      VARBINARY(8),
      CONCAT(
        '0x',
        RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_3], 1, 15)), 16)
      ),
      1
    ) AS BIGINT) % 4000
) AS [temp];

ALTER TABLE [masked].[_dm_stage_fe79d7d4f725]
ALTER COLUMN [id] INTEGER NOT NULL;

ALTER TABLE [masked].[_dm_stage_fe79d7d4f725]
ALTER COLUMN [customer_id] INTEGER NOT NULL;

ALTER TABLE [masked].[_dm_stage_fe79d7d4f725]
ALTER COLUMN [street] VARCHAR(120) NOT NULL;

ALTER TABLE [masked].[_dm_stage_fe79d7d4f725]
ALTER COLUMN [city] VARCHAR(60) NOT NULL;

ALTER TABLE [masked].[_dm_stage_fe79d7d4f725]
ALTER COLUMN [postal_code] VARCHAR(12) NOT NULL;

ALTER TABLE [masked].[_dm_stage_fe79d7d4f725]
ALTER COLUMN [country] CHAR(2) NOT NULL;

-- file: 008_orders.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect tsql
-- builds the masked copy of public.orders in a staging table
-- masking key: EXEC sp_set_session_context @key = N'datamask_key', @value = N'<output of: datamask-sql key>';

DROP TABLE IF EXISTS [masked].[_dm_stage_1c168adb00d2];

SELECT
  *
INTO [masked].[_dm_stage_1c168adb00d2]
FROM (
  SELECT
    [src].[id] AS [id],
    [src].[customer_id] AS [customer_id],
    [src].[shipping_address_id] AS [shipping_address_id],
    [src].[ordered_at] AS [ordered_at],
    [src].[status] AS [status],
    [src].[total] AS [total]
  FROM [public].[orders] AS [src]
) AS [temp];

ALTER TABLE [masked].[_dm_stage_1c168adb00d2]
ALTER COLUMN [id] INTEGER NOT NULL;

ALTER TABLE [masked].[_dm_stage_1c168adb00d2]
ALTER COLUMN [customer_id] INTEGER NOT NULL;

ALTER TABLE [masked].[_dm_stage_1c168adb00d2]
ALTER COLUMN [ordered_at] DATETIME2 NOT NULL;

ALTER TABLE [masked].[_dm_stage_1c168adb00d2]
ALTER COLUMN [status] VARCHAR(16) NOT NULL;

ALTER TABLE [masked].[_dm_stage_1c168adb00d2]
ALTER COLUMN [total] NUMERIC(10, 2) NOT NULL;

-- file: 009_payments.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect tsql
-- builds the masked copy of public.payments in a staging table
-- masking key: EXEC sp_set_session_context @key = N'datamask_key', @value = N'<output of: datamask-sql key>';

DROP TABLE IF EXISTS [masked].[_dm_stage_df384ae97c77];

SELECT
  *
INTO [masked].[_dm_stage_df384ae97c77]
FROM (
  SELECT
    [src].[id] AS [id],
    [src].[order_id] AS [order_id],
    CAST(CASE
      WHEN [src].[card_number] IS NULL
      THEN NULL
      ELSE CONCAT(
        SUBSTRING(
          CONCAT(
            CASE
              WHEN 1 <= LEN(CONCAT([src].[card_number], '.')) - 1 - 4
              AND CHARINDEX(SUBSTRING([src].[card_number], 1, 1), '0123456789') > 0
              THEN SUBSTRING(
                '0123456789',
                CAST(CAST(CONVERT(
                  VARBINARY(8),
                  CONCAT('0x', RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_1], 1, 2)), 16)),
                  1
                ) AS BIGINT) % 10 + 1 AS INTEGER),
                1
              )
              ELSE SUBSTRING([src].[card_number], 1, 1)
            END,
            CASE
              WHEN 2 <= LEN(CONCAT([src].[card_number], '.')) - 1 - 4
              AND CHARINDEX(SUBSTRING([src].[card_number], 2, 1), '0123456789') > 0
              THEN SUBSTRING(
                '0123456789',
                CAST(CAST(CONVERT(
                  VARBINARY(8),
                  CONCAT('0x', RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_1], 3, 2)), 16)),
                  1
                ) AS BIGINT) % 10 + 1 AS INTEGER),
                1
              )
              ELSE SUBSTRING([src].[card_number], 2, 1)
            END,
            CASE
              WHEN 3 <= LEN(CONCAT([src].[card_number], '.')) - 1 - 4
              AND CHARINDEX(SUBSTRING([src].[card_number], 3, 1), '0123456789') > 0
              THEN SUBSTRING(
                '0123456789',
                CAST(CAST(CONVERT(
                  VARBINARY(8),
                  CONCAT('0x', RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_1], 5, 2)), 16)),
                  1
                ) AS BIGINT) % 10 + 1 AS INTEGER),
                1
              )
              ELSE SUBSTRING([src].[card_number], 3, 1)
            END,
            CASE
              WHEN 4 <= LEN(CONCAT([src].[card_number], '.')) - 1 - 4
              AND CHARINDEX(SUBSTRING([src].[card_number], 4, 1), '0123456789') > 0
              THEN SUBSTRING(
                '0123456789',
                CAST(CAST(CONVERT(
                  VARBINARY(8),
                  CONCAT('0x', RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_1], 7, 2)), 16)),
                  1
                ) AS BIGINT) % 10 + 1 AS INTEGER),
                1
              )
              ELSE SUBSTRING([src].[card_number], 4, 1)
            END,
            CASE
              WHEN 5 <= LEN(CONCAT([src].[card_number], '.')) - 1 - 4
              AND CHARINDEX(SUBSTRING([src].[card_number], 5, 1), '0123456789') > 0
              THEN SUBSTRING(
                '0123456789',
                CAST(CAST(CONVERT(
                  VARBINARY(8),
                  CONCAT('0x', RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_1], 9, 2)), 16)),
                  1
                ) AS BIGINT) % 10 + 1 AS INTEGER),
                1
              )
              ELSE SUBSTRING([src].[card_number], 5, 1)
            END,
            CASE
              WHEN 6 <= LEN(CONCAT([src].[card_number], '.')) - 1 - 4
              AND CHARINDEX(SUBSTRING([src].[card_number], 6, 1), '0123456789') > 0
              THEN SUBSTRING(
                '0123456789',
                CAST(CAST(CONVERT(
                  VARBINARY(8),
                  CONCAT(
                    '0x',
                    RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_1], 11, 2)), 16)
                  ),
                  1
                ) AS BIGINT) % 10 + 1 AS INTEGER),
                1
              )
              ELSE SUBSTRING([src].[card_number], 6, 1)
            END,
            CASE
              WHEN 7 <= LEN(CONCAT([src].[card_number], '.')) - 1 - 4
              AND CHARINDEX(SUBSTRING([src].[card_number], 7, 1), '0123456789') > 0
              THEN SUBSTRING(
                '0123456789',
                CAST(CAST(CONVERT(
                  VARBINARY(8),
                  CONCAT(
                    '0x',
                    RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_1], 13, 2)), 16)
                  ),
                  1
                ) AS BIGINT) % 10 + 1 AS INTEGER),
                1
              )
              ELSE SUBSTRING([src].[card_number], 7, 1)
            END,
            CASE
              WHEN 8 <= LEN(CONCAT([src].[card_number], '.')) - 1 - 4
              AND CHARINDEX(SUBSTRING([src].[card_number], 8, 1), '0123456789') > 0
              THEN SUBSTRING(
                '0123456789',
                CAST(CAST(CONVERT(
                  VARBINARY(8),
                  CONCAT(
                    '0x',
                    RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_1], 15, 2)), 16)
                  ),
                  1
                ) AS BIGINT) % 10 + 1 AS INTEGER),
                1
              )
              ELSE SUBSTRING([src].[card_number], 8, 1)
            END,
            CASE
              WHEN 9 <= LEN(CONCAT([src].[card_number], '.')) - 1 - 4
              AND CHARINDEX(SUBSTRING([src].[card_number], 9, 1), '0123456789') > 0
              THEN SUBSTRING(
                '0123456789',
                CAST(CAST(CONVERT(
                  VARBINARY(8),
                  CONCAT(
                    '0x',
                    RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_1], 17, 2)), 16)
                  ),
                  1
                ) AS BIGINT) % 10 + 1 AS INTEGER),
                1
              )
              ELSE SUBSTRING([src].[card_number], 9, 1)
            END,
            CASE
              WHEN 10 <= LEN(CONCAT([src].[card_number], '.')) - 1 - 4
              AND CHARINDEX(SUBSTRING([src].[card_number], 10, 1), '0123456789') > 0
              THEN SUBSTRING(
                '0123456789',
                CAST(CAST(CONVERT(
                  VARBINARY(8),
                  CONCAT(
                    '0x',
                    RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_1], 19, 2)), 16)
                  ),
                  1
                ) AS BIGINT) % 10 + 1 AS INTEGER),
                1
              )
              ELSE SUBSTRING([src].[card_number], 10, 1)
            END,
            CASE
              WHEN 11 <= LEN(CONCAT([src].[card_number], '.')) - 1 - 4
              AND CHARINDEX(SUBSTRING([src].[card_number], 11, 1), '0123456789') > 0
              THEN SUBSTRING(
                '0123456789',
                CAST(CAST(CONVERT(
                  VARBINARY(8),
                  CONCAT(
                    '0x',
                    RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_1], 21, 2)), 16)
                  ),
                  1
                ) AS BIGINT) % 10 + 1 AS INTEGER),
                1
              )
              ELSE SUBSTRING([src].[card_number], 11, 1)
            END,
            CASE
              WHEN 12 <= LEN(CONCAT([src].[card_number], '.')) - 1 - 4
              AND CHARINDEX(SUBSTRING([src].[card_number], 12, 1), '0123456789') > 0
              THEN SUBSTRING(
                '0123456789',
                CAST(CAST(CONVERT(
                  VARBINARY(8),
                  CONCAT(
                    '0x',
                    RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_1], 23, 2)), 16)
                  ),
                  1
                ) AS BIGINT) % 10 + 1 AS INTEGER),
                1
              )
              ELSE SUBSTRING([src].[card_number], 12, 1)
            END,
            CASE
              WHEN 13 <= LEN(CONCAT([src].[card_number], '.')) - 1 - 4
              AND CHARINDEX(SUBSTRING([src].[card_number], 13, 1), '0123456789') > 0
              THEN SUBSTRING(
                '0123456789',
                CAST(CAST(CONVERT(
                  VARBINARY(8),
                  CONCAT(
                    '0x',
                    RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_1], 25, 2)), 16)
                  ),
                  1
                ) AS BIGINT) % 10 + 1 AS INTEGER),
                1
              )
              ELSE SUBSTRING([src].[card_number], 13, 1)
            END,
            CASE
              WHEN 14 <= LEN(CONCAT([src].[card_number], '.')) - 1 - 4
              AND CHARINDEX(SUBSTRING([src].[card_number], 14, 1), '0123456789') > 0
              THEN SUBSTRING(
                '0123456789',
                CAST(CAST(CONVERT(
                  VARBINARY(8),
                  CONCAT(
                    '0x',
                    RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_1], 27, 2)), 16)
                  ),
                  1
                ) AS BIGINT) % 10 + 1 AS INTEGER),
                1
              )
              ELSE SUBSTRING([src].[card_number], 14, 1)
            END,
            CASE
              WHEN 15 <= LEN(CONCAT([src].[card_number], '.')) - 1 - 4
              AND CHARINDEX(SUBSTRING([src].[card_number], 15, 1), '0123456789') > 0
              THEN SUBSTRING(
                '0123456789',
                CAST(CAST(CONVERT(
                  VARBINARY(8),
                  CONCAT(
                    '0x',
                    RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_1], 29, 2)), 16)
                  ),
                  1
                ) AS BIGINT) % 10 + 1 AS INTEGER),
                1
              )
              ELSE SUBSTRING([src].[card_number], 15, 1)
            END,
            CASE
              WHEN 16 <= LEN(CONCAT([src].[card_number], '.')) - 1 - 4
              AND CHARINDEX(SUBSTRING([src].[card_number], 16, 1), '0123456789') > 0
              THEN SUBSTRING(
                '0123456789',
                CAST(CAST(CONVERT(
                  VARBINARY(8),
                  CONCAT(
                    '0x',
                    RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_1], 31, 2)), 16)
                  ),
                  1
                ) AS BIGINT) % 10 + 1 AS INTEGER),
                1
              )
              ELSE SUBSTRING([src].[card_number], 16, 1)
            END,
            CASE
              WHEN 17 <= LEN(CONCAT([src].[card_number], '.')) - 1 - 4
              AND CHARINDEX(SUBSTRING([src].[card_number], 17, 1), '0123456789') > 0
              THEN SUBSTRING(
                '0123456789',
                CAST(CAST(CONVERT(
                  VARBINARY(8),
                  CONCAT(
                    '0x',
                    RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_1], 33, 2)), 16)
                  ),
                  1
                ) AS BIGINT) % 10 + 1 AS INTEGER),
                1
              )
              ELSE SUBSTRING([src].[card_number], 17, 1)
            END,
            CASE
              WHEN 18 <= LEN(CONCAT([src].[card_number], '.')) - 1 - 4
              AND CHARINDEX(SUBSTRING([src].[card_number], 18, 1), '0123456789') > 0
              THEN SUBSTRING(
                '0123456789',
                CAST(CAST(CONVERT(
                  VARBINARY(8),
                  CONCAT(
                    '0x',
                    RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_1], 35, 2)), 16)
                  ),
                  1
                ) AS BIGINT) % 10 + 1 AS INTEGER),
                1
              )
              ELSE SUBSTRING([src].[card_number], 18, 1)
            END,
            CASE
              WHEN 19 <= LEN(CONCAT([src].[card_number], '.')) - 1 - 4
              AND CHARINDEX(SUBSTRING([src].[card_number], 19, 1), '0123456789') > 0
              THEN SUBSTRING(
                '0123456789',
                CAST(CAST(CONVERT(
                  VARBINARY(8),
                  CONCAT(
                    '0x',
                    RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_1], 37, 2)), 16)
                  ),
                  1
                ) AS BIGINT) % 10 + 1 AS INTEGER),
                1
              )
              ELSE SUBSTRING([src].[card_number], 19, 1)
            END,
            REGEXP_REPLACE(SUBSTRING([src].[card_number], 20, 1073741823), '[0-9]', '0')
          ),
          1,
          CASE WHEN [src].[_dm_row_1] > 0 THEN [src].[_dm_row_1] ELSE 1 END - 1
        ),
        CASE
          WHEN [src].[_dm_row_1] > 0
          THEN SUBSTRING(
            '01234567890516273849',
            CAST(10 * ((
              LEN(
                CONCAT(
                  REGEXP_REPLACE(SUBSTRING([src].[card_number], [src].[_dm_row_1] + 1, 1073741823), '[^0-9]', ''),
                  '.'
                )
              ) - 1
            ) % 2) + (
              10 - (
                CASE
                  WHEN [src].[_dm_row_1] = 1
                  THEN 0
                  ELSE CAST(SUBSTRING(
                    [src].[_dm_row_2],
                    1 + CAST(CONVERT(
                      VARBINARY(8),
                      CONCAT('0x', RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_1], 1, 2)), 16)),
                      1
                    ) AS BIGINT) % 10,
                    1
                  ) AS INTEGER)
                END + CASE
                  WHEN [src].[_dm_row_1] = 2
                  THEN 0
                  ELSE CAST(SUBSTRING(
                    [src].[_dm_row_2],
                    11 + CAST(CONVERT(
                      VARBINARY(8),
                      CONCAT('0x', RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_1], 3, 2)), 16)),
                      1
                    ) AS BIGINT) % 10,
                    1
                  ) AS INTEGER)
                END + CASE
                  WHEN [src].[_dm_row_1] = 3
                  THEN 0
                  ELSE CAST(SUBSTRING(
                    [src].[_dm_row_2],
                    21 + CAST(CONVERT(
                      VARBINARY(8),
                      CONCAT('0x', RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_1], 5, 2)), 16)),
                      1
                    ) AS BIGINT) % 10,
                    1
                  ) AS INTEGER)
                END + CASE
                  WHEN [src].[_dm_row_1] = 4
                  THEN 0
                  ELSE CAST(SUBSTRING(
                    [src].[_dm_row_2],
                    31 + CAST(CONVERT(
                      VARBINARY(8),
                      CONCAT('0x', RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_1], 7, 2)), 16)),
                      1
                    ) AS BIGINT) % 10,
                    1
                  ) AS INTEGER)
                END + CASE
                  WHEN [src].[_dm_row_1] = 5
                  THEN 0
                  ELSE CAST(SUBSTRING(
                    [src].[_dm_row_2],
                    41 + CAST(CONVERT(
                      VARBINARY(8),
                      CONCAT('0x', RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_1], 9, 2)), 16)),
                      1
                    ) AS BIGINT) % 10,
                    1
                  ) AS INTEGER)
                END + CASE
                  WHEN [src].[_dm_row_1] = 6
                  THEN 0
                  ELSE CAST(SUBSTRING(
                    [src].[_dm_row_2],
                    51 + CAST(CONVERT(
                      VARBINARY(8),
                      CONCAT(
                        '0x',
                        RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_1], 11, 2)), 16)
                      ),
                      1
                    ) AS BIGINT) % 10,
                    1
                  ) AS INTEGER)
                END + CASE
                  WHEN [src].[_dm_row_1] = 7
                  THEN 0
                  ELSE CAST(SUBSTRING(
                    [src].[_dm_row_2],
                    61 + CAST(CONVERT(
                      VARBINARY(8),
                      CONCAT(
                        '0x',
                        RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_1], 13, 2)), 16)
                      ),
                      1
                    ) AS BIGINT) % 10,
                    1
                  ) AS INTEGER)
                END + CASE
                  WHEN [src].[_dm_row_1] = 8
                  THEN 0
                  ELSE CAST(SUBSTRING(
                    [src].[_dm_row_2],
                    71 + CAST(CONVERT(
                      VARBINARY(8),
                      CONCAT(
                        '0x',
                        RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_1], 15, 2)), 16)
                      ),
                      1
                    ) AS BIGINT) % 10,
                    1
                  ) AS INTEGER)
                END + CASE
                  WHEN [src].[_dm_row_1] = 9
                  THEN 0
                  ELSE CAST(SUBSTRING(
                    [src].[_dm_row_2],
                    81 + CAST(CONVERT(
                      VARBINARY(8),
                      CONCAT(
                        '0x',
                        RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_1], 17, 2)), 16)
                      ),
                      1
                    ) AS BIGINT) % 10,
                    1
                  ) AS INTEGER)
                END + CASE
                  WHEN [src].[_dm_row_1] = 10
                  THEN 0
                  ELSE CAST(SUBSTRING(
                    [src].[_dm_row_2],
                    91 + CAST(CONVERT(
                      VARBINARY(8),
                      CONCAT(
                        '0x',
                        RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_1], 19, 2)), 16)
                      ),
                      1
                    ) AS BIGINT) % 10,
                    1
                  ) AS INTEGER)
                END + CASE
                  WHEN [src].[_dm_row_1] = 11
                  THEN 0
                  ELSE CAST(SUBSTRING(
                    [src].[_dm_row_2],
                    101 + CAST(CONVERT(
                      VARBINARY(8),
                      CONCAT(
                        '0x',
                        RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_1], 21, 2)), 16)
                      ),
                      1
                    ) AS BIGINT) % 10,
                    1
                  ) AS INTEGER)
                END + CASE
                  WHEN [src].[_dm_row_1] = 12
                  THEN 0
                  ELSE CAST(SUBSTRING(
                    [src].[_dm_row_2],
                    111 + CAST(CONVERT(
                      VARBINARY(8),
                      CONCAT(
                        '0x',
                        RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_1], 23, 2)), 16)
                      ),
                      1
                    ) AS BIGINT) % 10,
                    1
                  ) AS INTEGER)
                END + CASE
                  WHEN [src].[_dm_row_1] = 13
                  THEN 0
                  ELSE CAST(SUBSTRING(
                    [src].[_dm_row_2],
                    121 + CAST(CONVERT(
                      VARBINARY(8),
                      CONCAT(
                        '0x',
                        RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_1], 25, 2)), 16)
                      ),
                      1
                    ) AS BIGINT) % 10,
                    1
                  ) AS INTEGER)
                END + CASE
                  WHEN [src].[_dm_row_1] = 14
                  THEN 0
                  ELSE CAST(SUBSTRING(
                    [src].[_dm_row_2],
                    131 + CAST(CONVERT(
                      VARBINARY(8),
                      CONCAT(
                        '0x',
                        RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_1], 27, 2)), 16)
                      ),
                      1
                    ) AS BIGINT) % 10,
                    1
                  ) AS INTEGER)
                END + CASE
                  WHEN [src].[_dm_row_1] = 15
                  THEN 0
                  ELSE CAST(SUBSTRING(
                    [src].[_dm_row_2],
                    141 + CAST(CONVERT(
                      VARBINARY(8),
                      CONCAT(
                        '0x',
                        RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_1], 29, 2)), 16)
                      ),
                      1
                    ) AS BIGINT) % 10,
                    1
                  ) AS INTEGER)
                END + CASE
                  WHEN [src].[_dm_row_1] = 16
                  THEN 0
                  ELSE CAST(SUBSTRING(
                    [src].[_dm_row_2],
                    151 + CAST(CONVERT(
                      VARBINARY(8),
                      CONCAT(
                        '0x',
                        RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_1], 31, 2)), 16)
                      ),
                      1
                    ) AS BIGINT) % 10,
                    1
                  ) AS INTEGER)
                END + CASE
                  WHEN [src].[_dm_row_1] = 17
                  THEN 0
                  ELSE CAST(SUBSTRING(
                    [src].[_dm_row_2],
                    161 + CAST(CONVERT(
                      VARBINARY(8),
                      CONCAT(
                        '0x',
                        RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_1], 33, 2)), 16)
                      ),
                      1
                    ) AS BIGINT) % 10,
                    1
                  ) AS INTEGER)
                END + CASE
                  WHEN [src].[_dm_row_1] = 18
                  THEN 0
                  ELSE CAST(SUBSTRING(
                    [src].[_dm_row_2],
                    171 + CAST(CONVERT(
                      VARBINARY(8),
                      CONCAT(
                        '0x',
                        RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_1], 35, 2)), 16)
                      ),
                      1
                    ) AS BIGINT) % 10,
                    1
                  ) AS INTEGER)
                END + CASE
                  WHEN [src].[_dm_row_1] = 19
                  THEN 0
                  ELSE CAST(SUBSTRING(
                    [src].[_dm_row_2],
                    181 + CAST(CONVERT(
                      VARBINARY(8),
                      CONCAT(
                        '0x',
                        RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_1], 37, 2)), 16)
                      ),
                      1
                    ) AS BIGINT) % 10,
                    1
                  ) AS INTEGER)
                END
              ) % 10
            ) % 10 + 1 AS INTEGER),
            1
          )
          ELSE SUBSTRING(
            [src].[card_number],
            CASE WHEN [src].[_dm_row_1] > 0 THEN [src].[_dm_row_1] ELSE 1 END,
            1
          )
        END,
        SUBSTRING(
          CONCAT(
            CASE
              WHEN 1 <= LEN(CONCAT([src].[card_number], '.')) - 1 - 4
              AND CHARINDEX(SUBSTRING([src].[card_number], 1, 1), '0123456789') > 0
              THEN SUBSTRING(
                '0123456789',
                CAST(CAST(CONVERT(
                  VARBINARY(8),
                  CONCAT('0x', RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_1], 1, 2)), 16)),
                  1
                ) AS BIGINT) % 10 + 1 AS INTEGER),
                1
              )
              ELSE SUBSTRING([src].[card_number], 1, 1)
            END,
            CASE
              WHEN 2 <= LEN(CONCAT([src].[card_number], '.')) - 1 - 4
              AND CHARINDEX(SUBSTRING([src].[card_number], 2, 1), '0123456789') > 0
              THEN SUBSTRING(
                '0123456789',
                CAST(CAST(CONVERT(
                  VARBINARY(8),
                  CONCAT('0x', RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_1], 3, 2)), 16)),
                  1
                ) AS BIGINT) % 10 + 1 AS INTEGER),
                1
              )
              ELSE SUBSTRING([src].[card_number], 2, 1)
            END,
            CASE
              WHEN 3 <= LEN(CONCAT([src].[card_number], '.')) - 1 - 4
              AND CHARINDEX(SUBSTRING([src].[card_number], 3, 1), '0123456789') > 0
              THEN SUBSTRING(
                '0123456789',
                CAST(CAST(CONVERT(
                  VARBINARY(8),
                  CONCAT('0x', RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_1], 5, 2)), 16)),
                  1
                ) AS BIGINT) % 10 + 1 AS INTEGER),
                1
              )
              ELSE SUBSTRING([src].[card_number], 3, 1)
            END,
            CASE
              WHEN 4 <= LEN(CONCAT([src].[card_number], '.')) - 1 - 4
              AND CHARINDEX(SUBSTRING([src].[card_number], 4, 1), '0123456789') > 0
              THEN SUBSTRING(
                '0123456789',
                CAST(CAST(CONVERT(
                  VARBINARY(8),
                  CONCAT('0x', RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_1], 7, 2)), 16)),
                  1
                ) AS BIGINT) % 10 + 1 AS INTEGER),
                1
              )
              ELSE SUBSTRING([src].[card_number], 4, 1)
            END,
            CASE
              WHEN 5 <= LEN(CONCAT([src].[card_number], '.')) - 1 - 4
              AND CHARINDEX(SUBSTRING([src].[card_number], 5, 1), '0123456789') > 0
              THEN SUBSTRING(
                '0123456789',
                CAST(CAST(CONVERT(
                  VARBINARY(8),
                  CONCAT('0x', RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_1], 9, 2)), 16)),
                  1
                ) AS BIGINT) % 10 + 1 AS INTEGER),
                1
              )
              ELSE SUBSTRING([src].[card_number], 5, 1)
            END,
            CASE
              WHEN 6 <= LEN(CONCAT([src].[card_number], '.')) - 1 - 4
              AND CHARINDEX(SUBSTRING([src].[card_number], 6, 1), '0123456789') > 0
              THEN SUBSTRING(
                '0123456789',
                CAST(CAST(CONVERT(
                  VARBINARY(8),
                  CONCAT(
                    '0x',
                    RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_1], 11, 2)), 16)
                  ),
                  1
                ) AS BIGINT) % 10 + 1 AS INTEGER),
                1
              )
              ELSE SUBSTRING([src].[card_number], 6, 1)
            END,
            CASE
              WHEN 7 <= LEN(CONCAT([src].[card_number], '.')) - 1 - 4
              AND CHARINDEX(SUBSTRING([src].[card_number], 7, 1), '0123456789') > 0
              THEN SUBSTRING(
                '0123456789',
                CAST(CAST(CONVERT(
                  VARBINARY(8),
                  CONCAT(
                    '0x',
                    RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_1], 13, 2)), 16)
                  ),
                  1
                ) AS BIGINT) % 10 + 1 AS INTEGER),
                1
              )
              ELSE SUBSTRING([src].[card_number], 7, 1)
            END,
            CASE
              WHEN 8 <= LEN(CONCAT([src].[card_number], '.')) - 1 - 4
              AND CHARINDEX(SUBSTRING([src].[card_number], 8, 1), '0123456789') > 0
              THEN SUBSTRING(
                '0123456789',
                CAST(CAST(CONVERT(
                  VARBINARY(8),
                  CONCAT(
                    '0x',
                    RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_1], 15, 2)), 16)
                  ),
                  1
                ) AS BIGINT) % 10 + 1 AS INTEGER),
                1
              )
              ELSE SUBSTRING([src].[card_number], 8, 1)
            END,
            CASE
              WHEN 9 <= LEN(CONCAT([src].[card_number], '.')) - 1 - 4
              AND CHARINDEX(SUBSTRING([src].[card_number], 9, 1), '0123456789') > 0
              THEN SUBSTRING(
                '0123456789',
                CAST(CAST(CONVERT(
                  VARBINARY(8),
                  CONCAT(
                    '0x',
                    RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_1], 17, 2)), 16)
                  ),
                  1
                ) AS BIGINT) % 10 + 1 AS INTEGER),
                1
              )
              ELSE SUBSTRING([src].[card_number], 9, 1)
            END,
            CASE
              WHEN 10 <= LEN(CONCAT([src].[card_number], '.')) - 1 - 4
              AND CHARINDEX(SUBSTRING([src].[card_number], 10, 1), '0123456789') > 0
              THEN SUBSTRING(
                '0123456789',
                CAST(CAST(CONVERT(
                  VARBINARY(8),
                  CONCAT(
                    '0x',
                    RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_1], 19, 2)), 16)
                  ),
                  1
                ) AS BIGINT) % 10 + 1 AS INTEGER),
                1
              )
              ELSE SUBSTRING([src].[card_number], 10, 1)
            END,
            CASE
              WHEN 11 <= LEN(CONCAT([src].[card_number], '.')) - 1 - 4
              AND CHARINDEX(SUBSTRING([src].[card_number], 11, 1), '0123456789') > 0
              THEN SUBSTRING(
                '0123456789',
                CAST(CAST(CONVERT(
                  VARBINARY(8),
                  CONCAT(
                    '0x',
                    RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_1], 21, 2)), 16)
                  ),
                  1
                ) AS BIGINT) % 10 + 1 AS INTEGER),
                1
              )
              ELSE SUBSTRING([src].[card_number], 11, 1)
            END,
            CASE
              WHEN 12 <= LEN(CONCAT([src].[card_number], '.')) - 1 - 4
              AND CHARINDEX(SUBSTRING([src].[card_number], 12, 1), '0123456789') > 0
              THEN SUBSTRING(
                '0123456789',
                CAST(CAST(CONVERT(
                  VARBINARY(8),
                  CONCAT(
                    '0x',
                    RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_1], 23, 2)), 16)
                  ),
                  1
                ) AS BIGINT) % 10 + 1 AS INTEGER),
                1
              )
              ELSE SUBSTRING([src].[card_number], 12, 1)
            END,
            CASE
              WHEN 13 <= LEN(CONCAT([src].[card_number], '.')) - 1 - 4
              AND CHARINDEX(SUBSTRING([src].[card_number], 13, 1), '0123456789') > 0
              THEN SUBSTRING(
                '0123456789',
                CAST(CAST(CONVERT(
                  VARBINARY(8),
                  CONCAT(
                    '0x',
                    RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_1], 25, 2)), 16)
                  ),
                  1
                ) AS BIGINT) % 10 + 1 AS INTEGER),
                1
              )
              ELSE SUBSTRING([src].[card_number], 13, 1)
            END,
            CASE
              WHEN 14 <= LEN(CONCAT([src].[card_number], '.')) - 1 - 4
              AND CHARINDEX(SUBSTRING([src].[card_number], 14, 1), '0123456789') > 0
              THEN SUBSTRING(
                '0123456789',
                CAST(CAST(CONVERT(
                  VARBINARY(8),
                  CONCAT(
                    '0x',
                    RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_1], 27, 2)), 16)
                  ),
                  1
                ) AS BIGINT) % 10 + 1 AS INTEGER),
                1
              )
              ELSE SUBSTRING([src].[card_number], 14, 1)
            END,
            CASE
              WHEN 15 <= LEN(CONCAT([src].[card_number], '.')) - 1 - 4
              AND CHARINDEX(SUBSTRING([src].[card_number], 15, 1), '0123456789') > 0
              THEN SUBSTRING(
                '0123456789',
                CAST(CAST(CONVERT(
                  VARBINARY(8),
                  CONCAT(
                    '0x',
                    RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_1], 29, 2)), 16)
                  ),
                  1
                ) AS BIGINT) % 10 + 1 AS INTEGER),
                1
              )
              ELSE SUBSTRING([src].[card_number], 15, 1)
            END,
            CASE
              WHEN 16 <= LEN(CONCAT([src].[card_number], '.')) - 1 - 4
              AND CHARINDEX(SUBSTRING([src].[card_number], 16, 1), '0123456789') > 0
              THEN SUBSTRING(
                '0123456789',
                CAST(CAST(CONVERT(
                  VARBINARY(8),
                  CONCAT(
                    '0x',
                    RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_1], 31, 2)), 16)
                  ),
                  1
                ) AS BIGINT) % 10 + 1 AS INTEGER),
                1
              )
              ELSE SUBSTRING([src].[card_number], 16, 1)
            END,
            CASE
              WHEN 17 <= LEN(CONCAT([src].[card_number], '.')) - 1 - 4
              AND CHARINDEX(SUBSTRING([src].[card_number], 17, 1), '0123456789') > 0
              THEN SUBSTRING(
                '0123456789',
                CAST(CAST(CONVERT(
                  VARBINARY(8),
                  CONCAT(
                    '0x',
                    RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_1], 33, 2)), 16)
                  ),
                  1
                ) AS BIGINT) % 10 + 1 AS INTEGER),
                1
              )
              ELSE SUBSTRING([src].[card_number], 17, 1)
            END,
            CASE
              WHEN 18 <= LEN(CONCAT([src].[card_number], '.')) - 1 - 4
              AND CHARINDEX(SUBSTRING([src].[card_number], 18, 1), '0123456789') > 0
              THEN SUBSTRING(
                '0123456789',
                CAST(CAST(CONVERT(
                  VARBINARY(8),
                  CONCAT(
                    '0x',
                    RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_1], 35, 2)), 16)
                  ),
                  1
                ) AS BIGINT) % 10 + 1 AS INTEGER),
                1
              )
              ELSE SUBSTRING([src].[card_number], 18, 1)
            END,
            CASE
              WHEN 19 <= LEN(CONCAT([src].[card_number], '.')) - 1 - 4
              AND CHARINDEX(SUBSTRING([src].[card_number], 19, 1), '0123456789') > 0
              THEN SUBSTRING(
                '0123456789',
                CAST(CAST(CONVERT(
                  VARBINARY(8),
                  CONCAT(
                    '0x',
                    RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_1], 37, 2)), 16)
                  ),
                  1
                ) AS BIGINT) % 10 + 1 AS INTEGER),
                1
              )
              ELSE SUBSTRING([src].[card_number], 19, 1)
            END,
            REGEXP_REPLACE(SUBSTRING([src].[card_number], 20, 1073741823), '[0-9]', '0')
          ),
          CASE WHEN [src].[_dm_row_1] > 0 THEN [src].[_dm_row_1] ELSE 1 END + 1,
          1073741823
        )
      )
    END AS VARCHAR(19)) AS [card_number],
    [src].[card_last4] AS [card_last4],
    [src].[amount] AS [amount],
    [src].[paid_at] AS [paid_at]
  FROM (
    SELECT
      [src].*,
      LOWER(
        CONVERT(
          VARCHAR(64),
          HASHBYTES(
            'SHA2_256',
            CAST(CAST(CONCAT(
              CASE
                WHEN SESSION_CONTEXT(N'datamask_key') IS NULL
                THEN CAST(CAST(N'datamask_key is not set (see the file header)' AS INTEGER) AS NVARCHAR(64))
                ELSE CAST(SESSION_CONTEXT(N'datamask_key') AS NVARCHAR(64))
              END,
              'b553d20da2e3dd3791be0dc0d6752febed344cbf490b3ab2d6e500b02adabe2a',
              CAST([src].[card_number] AS NVARCHAR(MAX))
            ) AS NVARCHAR(MAX)) COLLATE Latin1_General_100_CI_AS_SC_UTF8 AS VARCHAR(MAX))
          ),
          2
        )
      ) AS [_dm_digest_1],
      LEN(
        CONCAT(
          REGEXP_REPLACE(
            SUBSTRING(
              [src].[card_number],
              1,
              CASE
                WHEN LEN(CONCAT([src].[card_number], '.')) - 1 <= 4
                THEN 0
                WHEN LEN(CONCAT([src].[card_number], '.')) - 1 - 4 < 19
                THEN LEN(CONCAT([src].[card_number], '.')) - 1 - 4
                ELSE 19
              END
            ),
            '[^0-9]+$',
            ''
          ),
          '.'
        )
      ) - 1 AS [_dm_row_1],
      CONCAT(
        SUBSTRING(
          CASE
            WHEN NOT (
              1 <= LEN(CONCAT([src].[card_number], '.')) - 1
              AND CHARINDEX(SUBSTRING([src].[card_number], 1, 1), '0123456789') > 0
            )
            THEN '00000000000000000000'
            WHEN 1 > LEN(CONCAT([src].[card_number], '.')) - 1 - 4
            THEN CONCAT(
              REPLICATE(SUBSTRING([src].[card_number], 1, 1), 10),
              REPLICATE(
                SUBSTRING('0246813579', CHARINDEX(SUBSTRING([src].[card_number], 1, 1), '0123456789'), 1),
                10
              )
            )
            ELSE '01234567890246813579'
          END,
          1 + 10 * ((
            LEN(
              CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card_number], 2, 1073741823), '[^0-9]', ''), '.')
            ) - 1
          ) % 2),
          10
        ),
        SUBSTRING(
          CASE
            WHEN NOT (
              2 <= LEN(CONCAT([src].[card_number], '.')) - 1
              AND CHARINDEX(SUBSTRING([src].[card_number], 2, 1), '0123456789') > 0
            )
            THEN '00000000000000000000'
            WHEN 2 > LEN(CONCAT([src].[card_number], '.')) - 1 - 4
            THEN CONCAT(
              REPLICATE(SUBSTRING([src].[card_number], 2, 1), 10),
              REPLICATE(
                SUBSTRING('0246813579', CHARINDEX(SUBSTRING([src].[card_number], 2, 1), '0123456789'), 1),
                10
              )
            )
            ELSE '01234567890246813579'
          END,
          1 + 10 * ((
            LEN(
              CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card_number], 3, 1073741823), '[^0-9]', ''), '.')
            ) - 1
          ) % 2),
          10
        ),
        SUBSTRING(
          CASE
            WHEN NOT (
              3 <= LEN(CONCAT([src].[card_number], '.')) - 1
              AND CHARINDEX(SUBSTRING([src].[card_number], 3, 1), '0123456789') > 0
            )
            THEN '00000000000000000000'
            WHEN 3 > LEN(CONCAT([src].[card_number], '.')) - 1 - 4
            THEN CONCAT(
              REPLICATE(SUBSTRING([src].[card_number], 3, 1), 10),
              REPLICATE(
                SUBSTRING('0246813579', CHARINDEX(SUBSTRING([src].[card_number], 3, 1), '0123456789'), 1),
                10
              )
            )
            ELSE '01234567890246813579'
          END,
          1 + 10 * ((
            LEN(
              CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card_number], 4, 1073741823), '[^0-9]', ''), '.')
            ) - 1
          ) % 2),
          10
        ),
        SUBSTRING(
          CASE
            WHEN NOT (
              4 <= LEN(CONCAT([src].[card_number], '.')) - 1
              AND CHARINDEX(SUBSTRING([src].[card_number], 4, 1), '0123456789') > 0
            )
            THEN '00000000000000000000'
            WHEN 4 > LEN(CONCAT([src].[card_number], '.')) - 1 - 4
            THEN CONCAT(
              REPLICATE(SUBSTRING([src].[card_number], 4, 1), 10),
              REPLICATE(
                SUBSTRING('0246813579', CHARINDEX(SUBSTRING([src].[card_number], 4, 1), '0123456789'), 1),
                10
              )
            )
            ELSE '01234567890246813579'
          END,
          1 + 10 * ((
            LEN(
              CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card_number], 5, 1073741823), '[^0-9]', ''), '.')
            ) - 1
          ) % 2),
          10
        ),
        SUBSTRING(
          CASE
            WHEN NOT (
              5 <= LEN(CONCAT([src].[card_number], '.')) - 1
              AND CHARINDEX(SUBSTRING([src].[card_number], 5, 1), '0123456789') > 0
            )
            THEN '00000000000000000000'
            WHEN 5 > LEN(CONCAT([src].[card_number], '.')) - 1 - 4
            THEN CONCAT(
              REPLICATE(SUBSTRING([src].[card_number], 5, 1), 10),
              REPLICATE(
                SUBSTRING('0246813579', CHARINDEX(SUBSTRING([src].[card_number], 5, 1), '0123456789'), 1),
                10
              )
            )
            ELSE '01234567890246813579'
          END,
          1 + 10 * ((
            LEN(
              CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card_number], 6, 1073741823), '[^0-9]', ''), '.')
            ) - 1
          ) % 2),
          10
        ),
        SUBSTRING(
          CASE
            WHEN NOT (
              6 <= LEN(CONCAT([src].[card_number], '.')) - 1
              AND CHARINDEX(SUBSTRING([src].[card_number], 6, 1), '0123456789') > 0
            )
            THEN '00000000000000000000'
            WHEN 6 > LEN(CONCAT([src].[card_number], '.')) - 1 - 4
            THEN CONCAT(
              REPLICATE(SUBSTRING([src].[card_number], 6, 1), 10),
              REPLICATE(
                SUBSTRING('0246813579', CHARINDEX(SUBSTRING([src].[card_number], 6, 1), '0123456789'), 1),
                10
              )
            )
            ELSE '01234567890246813579'
          END,
          1 + 10 * ((
            LEN(
              CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card_number], 7, 1073741823), '[^0-9]', ''), '.')
            ) - 1
          ) % 2),
          10
        ),
        SUBSTRING(
          CASE
            WHEN NOT (
              7 <= LEN(CONCAT([src].[card_number], '.')) - 1
              AND CHARINDEX(SUBSTRING([src].[card_number], 7, 1), '0123456789') > 0
            )
            THEN '00000000000000000000'
            WHEN 7 > LEN(CONCAT([src].[card_number], '.')) - 1 - 4
            THEN CONCAT(
              REPLICATE(SUBSTRING([src].[card_number], 7, 1), 10),
              REPLICATE(
                SUBSTRING('0246813579', CHARINDEX(SUBSTRING([src].[card_number], 7, 1), '0123456789'), 1),
                10
              )
            )
            ELSE '01234567890246813579'
          END,
          1 + 10 * ((
            LEN(
              CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card_number], 8, 1073741823), '[^0-9]', ''), '.')
            ) - 1
          ) % 2),
          10
        ),
        SUBSTRING(
          CASE
            WHEN NOT (
              8 <= LEN(CONCAT([src].[card_number], '.')) - 1
              AND CHARINDEX(SUBSTRING([src].[card_number], 8, 1), '0123456789') > 0
            )
            THEN '00000000000000000000'
            WHEN 8 > LEN(CONCAT([src].[card_number], '.')) - 1 - 4
            THEN CONCAT(
              REPLICATE(SUBSTRING([src].[card_number], 8, 1), 10),
              REPLICATE(
                SUBSTRING('0246813579', CHARINDEX(SUBSTRING([src].[card_number], 8, 1), '0123456789'), 1),
                10
              )
            )
            ELSE '01234567890246813579'
          END,
          1 + 10 * ((
            LEN(
              CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card_number], 9, 1073741823), '[^0-9]', ''), '.')
            ) - 1
          ) % 2),
          10
        ),
        SUBSTRING(
          CASE
            WHEN NOT (
              9 <= LEN(CONCAT([src].[card_number], '.')) - 1
              AND CHARINDEX(SUBSTRING([src].[card_number], 9, 1), '0123456789') > 0
            )
            THEN '00000000000000000000'
            WHEN 9 > LEN(CONCAT([src].[card_number], '.')) - 1 - 4
            THEN CONCAT(
              REPLICATE(SUBSTRING([src].[card_number], 9, 1), 10),
              REPLICATE(
                SUBSTRING('0246813579', CHARINDEX(SUBSTRING([src].[card_number], 9, 1), '0123456789'), 1),
                10
              )
            )
            ELSE '01234567890246813579'
          END,
          1 + 10 * ((
            LEN(
              CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card_number], 10, 1073741823), '[^0-9]', ''), '.')
            ) - 1
          ) % 2),
          10
        ),
        SUBSTRING(
          CASE
            WHEN NOT (
              10 <= LEN(CONCAT([src].[card_number], '.')) - 1
              AND CHARINDEX(SUBSTRING([src].[card_number], 10, 1), '0123456789') > 0
            )
            THEN '00000000000000000000'
            WHEN 10 > LEN(CONCAT([src].[card_number], '.')) - 1 - 4
            THEN CONCAT(
              REPLICATE(SUBSTRING([src].[card_number], 10, 1), 10),
              REPLICATE(
                SUBSTRING('0246813579', CHARINDEX(SUBSTRING([src].[card_number], 10, 1), '0123456789'), 1),
                10
              )
            )
            ELSE '01234567890246813579'
          END,
          1 + 10 * ((
            LEN(
              CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card_number], 11, 1073741823), '[^0-9]', ''), '.')
            ) - 1
          ) % 2),
          10
        ),
        SUBSTRING(
          CASE
            WHEN NOT (
              11 <= LEN(CONCAT([src].[card_number], '.')) - 1
              AND CHARINDEX(SUBSTRING([src].[card_number], 11, 1), '0123456789') > 0
            )
            THEN '00000000000000000000'
            WHEN 11 > LEN(CONCAT([src].[card_number], '.')) - 1 - 4
            THEN CONCAT(
              REPLICATE(SUBSTRING([src].[card_number], 11, 1), 10),
              REPLICATE(
                SUBSTRING('0246813579', CHARINDEX(SUBSTRING([src].[card_number], 11, 1), '0123456789'), 1),
                10
              )
            )
            ELSE '01234567890246813579'
          END,
          1 + 10 * ((
            LEN(
              CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card_number], 12, 1073741823), '[^0-9]', ''), '.')
            ) - 1
          ) % 2),
          10
        ),
        SUBSTRING(
          CASE
            WHEN NOT (
              12 <= LEN(CONCAT([src].[card_number], '.')) - 1
              AND CHARINDEX(SUBSTRING([src].[card_number], 12, 1), '0123456789') > 0
            )
            THEN '00000000000000000000'
            WHEN 12 > LEN(CONCAT([src].[card_number], '.')) - 1 - 4
            THEN CONCAT(
              REPLICATE(SUBSTRING([src].[card_number], 12, 1), 10),
              REPLICATE(
                SUBSTRING('0246813579', CHARINDEX(SUBSTRING([src].[card_number], 12, 1), '0123456789'), 1),
                10
              )
            )
            ELSE '01234567890246813579'
          END,
          1 + 10 * ((
            LEN(
              CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card_number], 13, 1073741823), '[^0-9]', ''), '.')
            ) - 1
          ) % 2),
          10
        ),
        SUBSTRING(
          CASE
            WHEN NOT (
              13 <= LEN(CONCAT([src].[card_number], '.')) - 1
              AND CHARINDEX(SUBSTRING([src].[card_number], 13, 1), '0123456789') > 0
            )
            THEN '00000000000000000000'
            WHEN 13 > LEN(CONCAT([src].[card_number], '.')) - 1 - 4
            THEN CONCAT(
              REPLICATE(SUBSTRING([src].[card_number], 13, 1), 10),
              REPLICATE(
                SUBSTRING('0246813579', CHARINDEX(SUBSTRING([src].[card_number], 13, 1), '0123456789'), 1),
                10
              )
            )
            ELSE '01234567890246813579'
          END,
          1 + 10 * ((
            LEN(
              CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card_number], 14, 1073741823), '[^0-9]', ''), '.')
            ) - 1
          ) % 2),
          10
        ),
        SUBSTRING(
          CASE
            WHEN NOT (
              14 <= LEN(CONCAT([src].[card_number], '.')) - 1
              AND CHARINDEX(SUBSTRING([src].[card_number], 14, 1), '0123456789') > 0
            )
            THEN '00000000000000000000'
            WHEN 14 > LEN(CONCAT([src].[card_number], '.')) - 1 - 4
            THEN CONCAT(
              REPLICATE(SUBSTRING([src].[card_number], 14, 1), 10),
              REPLICATE(
                SUBSTRING('0246813579', CHARINDEX(SUBSTRING([src].[card_number], 14, 1), '0123456789'), 1),
                10
              )
            )
            ELSE '01234567890246813579'
          END,
          1 + 10 * ((
            LEN(
              CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card_number], 15, 1073741823), '[^0-9]', ''), '.')
            ) - 1
          ) % 2),
          10
        ),
        SUBSTRING(
          CASE
            WHEN NOT (
              15 <= LEN(CONCAT([src].[card_number], '.')) - 1
              AND CHARINDEX(SUBSTRING([src].[card_number], 15, 1), '0123456789') > 0
            )
            THEN '00000000000000000000'
            WHEN 15 > LEN(CONCAT([src].[card_number], '.')) - 1 - 4
            THEN CONCAT(
              REPLICATE(SUBSTRING([src].[card_number], 15, 1), 10),
              REPLICATE(
                SUBSTRING('0246813579', CHARINDEX(SUBSTRING([src].[card_number], 15, 1), '0123456789'), 1),
                10
              )
            )
            ELSE '01234567890246813579'
          END,
          1 + 10 * ((
            LEN(
              CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card_number], 16, 1073741823), '[^0-9]', ''), '.')
            ) - 1
          ) % 2),
          10
        ),
        SUBSTRING(
          CASE
            WHEN NOT (
              16 <= LEN(CONCAT([src].[card_number], '.')) - 1
              AND CHARINDEX(SUBSTRING([src].[card_number], 16, 1), '0123456789') > 0
            )
            THEN '00000000000000000000'
            WHEN 16 > LEN(CONCAT([src].[card_number], '.')) - 1 - 4
            THEN CONCAT(
              REPLICATE(SUBSTRING([src].[card_number], 16, 1), 10),
              REPLICATE(
                SUBSTRING('0246813579', CHARINDEX(SUBSTRING([src].[card_number], 16, 1), '0123456789'), 1),
                10
              )
            )
            ELSE '01234567890246813579'
          END,
          1 + 10 * ((
            LEN(
              CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card_number], 17, 1073741823), '[^0-9]', ''), '.')
            ) - 1
          ) % 2),
          10
        ),
        SUBSTRING(
          CASE
            WHEN NOT (
              17 <= LEN(CONCAT([src].[card_number], '.')) - 1
              AND CHARINDEX(SUBSTRING([src].[card_number], 17, 1), '0123456789') > 0
            )
            THEN '00000000000000000000'
            WHEN 17 > LEN(CONCAT([src].[card_number], '.')) - 1 - 4
            THEN CONCAT(
              REPLICATE(SUBSTRING([src].[card_number], 17, 1), 10),
              REPLICATE(
                SUBSTRING('0246813579', CHARINDEX(SUBSTRING([src].[card_number], 17, 1), '0123456789'), 1),
                10
              )
            )
            ELSE '01234567890246813579'
          END,
          1 + 10 * ((
            LEN(
              CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card_number], 18, 1073741823), '[^0-9]', ''), '.')
            ) - 1
          ) % 2),
          10
        ),
        SUBSTRING(
          CASE
            WHEN NOT (
              18 <= LEN(CONCAT([src].[card_number], '.')) - 1
              AND CHARINDEX(SUBSTRING([src].[card_number], 18, 1), '0123456789') > 0
            )
            THEN '00000000000000000000'
            WHEN 18 > LEN(CONCAT([src].[card_number], '.')) - 1 - 4
            THEN CONCAT(
              REPLICATE(SUBSTRING([src].[card_number], 18, 1), 10),
              REPLICATE(
                SUBSTRING('0246813579', CHARINDEX(SUBSTRING([src].[card_number], 18, 1), '0123456789'), 1),
                10
              )
            )
            ELSE '01234567890246813579'
          END,
          1 + 10 * ((
            LEN(
              CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card_number], 19, 1073741823), '[^0-9]', ''), '.')
            ) - 1
          ) % 2),
          10
        ),
        SUBSTRING(
          CASE
            WHEN NOT (
              19 <= LEN(CONCAT([src].[card_number], '.')) - 1
              AND CHARINDEX(SUBSTRING([src].[card_number], 19, 1), '0123456789') > 0
            )
            THEN '00000000000000000000'
            WHEN 19 > LEN(CONCAT([src].[card_number], '.')) - 1 - 4
            THEN CONCAT(
              REPLICATE(SUBSTRING([src].[card_number], 19, 1), 10),
              REPLICATE(
                SUBSTRING('0246813579', CHARINDEX(SUBSTRING([src].[card_number], 19, 1), '0123456789'), 1),
                10
              )
            )
            ELSE '01234567890246813579'
          END,
          1 + 10 * ((
            LEN(
              CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card_number], 20, 1073741823), '[^0-9]', ''), '.')
            ) - 1
          ) % 2),
          10
        )
      ) AS [_dm_row_2]
    FROM [public].[payments] AS [src]
  ) AS [src]
) AS [temp];

ALTER TABLE [masked].[_dm_stage_df384ae97c77]
ALTER COLUMN [id] INTEGER NOT NULL;

ALTER TABLE [masked].[_dm_stage_df384ae97c77]
ALTER COLUMN [order_id] INTEGER NOT NULL;

ALTER TABLE [masked].[_dm_stage_df384ae97c77]
ALTER COLUMN [card_number] VARCHAR(19) NOT NULL;

ALTER TABLE [masked].[_dm_stage_df384ae97c77]
ALTER COLUMN [card_last4] CHAR(4) NOT NULL;

ALTER TABLE [masked].[_dm_stage_df384ae97c77]
ALTER COLUMN [amount] NUMERIC(10, 2) NOT NULL;

-- file: 010_swap.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect tsql
-- replaces each target table by its verified staging table and records what built it in
-- the target's _datamask_meta table (key fingerprint, rules hash, algorithm, watermark)

BEGIN TRANSACTION;

DROP TABLE IF EXISTS [masked].[payments];

DROP TABLE IF EXISTS [masked].[orders];

DROP TABLE IF EXISTS [masked].[addresses];

DROP TABLE IF EXISTS [masked].[customers];

EXEC sp_rename '[masked].[_dm_stage_21eb2153dd14]', 'customers';

EXEC sp_rename '[masked].[_dm_stage_fe79d7d4f725]', 'addresses';

EXEC sp_rename '[masked].[_dm_stage_1c168adb00d2]', 'orders';

EXEC sp_rename '[masked].[_dm_stage_df384ae97c77]', 'payments';

DELETE FROM [masked].[_datamask_meta]
WHERE
  [table_name] = 'customers';

INSERT INTO [masked].[_datamask_meta] (
  [table_name],
  [key_fingerprint],
  [rules_sha256],
  [algorithm],
  [mode],
  [cursor_column],
  [watermark],
  [built_at]
)
SELECT
  'customers',
  SUBSTRING(
    LOWER(
      CONVERT(
        VARCHAR(64),
        HASHBYTES(
          'SHA2_256',
          CAST(CAST(CONCAT(
            'datamask-sql/dm1/fingerprint:',
            CASE
              WHEN SESSION_CONTEXT(N'datamask_key') IS NULL
              THEN CAST(CAST(N'datamask_key is not set (see the file header)' AS INTEGER) AS NVARCHAR(64))
              ELSE CAST(SESSION_CONTEXT(N'datamask_key') AS NVARCHAR(64))
            END
          ) AS NVARCHAR(MAX)) COLLATE Latin1_General_100_CI_AS_SC_UTF8 AS VARCHAR(MAX))
        ),
        2
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
  CAST(GETDATE() AS NVARCHAR(MAX));

DELETE FROM [masked].[_datamask_meta]
WHERE
  [table_name] = 'addresses';

INSERT INTO [masked].[_datamask_meta] (
  [table_name],
  [key_fingerprint],
  [rules_sha256],
  [algorithm],
  [mode],
  [cursor_column],
  [watermark],
  [built_at]
)
SELECT
  'addresses',
  SUBSTRING(
    LOWER(
      CONVERT(
        VARCHAR(64),
        HASHBYTES(
          'SHA2_256',
          CAST(CAST(CONCAT(
            'datamask-sql/dm1/fingerprint:',
            CASE
              WHEN SESSION_CONTEXT(N'datamask_key') IS NULL
              THEN CAST(CAST(N'datamask_key is not set (see the file header)' AS INTEGER) AS NVARCHAR(64))
              ELSE CAST(SESSION_CONTEXT(N'datamask_key') AS NVARCHAR(64))
            END
          ) AS NVARCHAR(MAX)) COLLATE Latin1_General_100_CI_AS_SC_UTF8 AS VARCHAR(MAX))
        ),
        2
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
  CAST(GETDATE() AS NVARCHAR(MAX));

DELETE FROM [masked].[_datamask_meta]
WHERE
  [table_name] = 'orders';

INSERT INTO [masked].[_datamask_meta] (
  [table_name],
  [key_fingerprint],
  [rules_sha256],
  [algorithm],
  [mode],
  [cursor_column],
  [watermark],
  [built_at]
)
SELECT
  'orders',
  SUBSTRING(
    LOWER(
      CONVERT(
        VARCHAR(64),
        HASHBYTES(
          'SHA2_256',
          CAST(CAST(CONCAT(
            'datamask-sql/dm1/fingerprint:',
            CASE
              WHEN SESSION_CONTEXT(N'datamask_key') IS NULL
              THEN CAST(CAST(N'datamask_key is not set (see the file header)' AS INTEGER) AS NVARCHAR(64))
              ELSE CAST(SESSION_CONTEXT(N'datamask_key') AS NVARCHAR(64))
            END
          ) AS NVARCHAR(MAX)) COLLATE Latin1_General_100_CI_AS_SC_UTF8 AS VARCHAR(MAX))
        ),
        2
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
  CAST(GETDATE() AS NVARCHAR(MAX));

DELETE FROM [masked].[_datamask_meta]
WHERE
  [table_name] = 'payments';

INSERT INTO [masked].[_datamask_meta] (
  [table_name],
  [key_fingerprint],
  [rules_sha256],
  [algorithm],
  [mode],
  [cursor_column],
  [watermark],
  [built_at]
)
SELECT
  'payments',
  SUBSTRING(
    LOWER(
      CONVERT(
        VARCHAR(64),
        HASHBYTES(
          'SHA2_256',
          CAST(CAST(CONCAT(
            'datamask-sql/dm1/fingerprint:',
            CASE
              WHEN SESSION_CONTEXT(N'datamask_key') IS NULL
              THEN CAST(CAST(N'datamask_key is not set (see the file header)' AS INTEGER) AS NVARCHAR(64))
              ELSE CAST(SESSION_CONTEXT(N'datamask_key') AS NVARCHAR(64))
            END
          ) AS NVARCHAR(MAX)) COLLATE Latin1_General_100_CI_AS_SC_UTF8 AS VARCHAR(MAX))
        ),
        2
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
  CAST(GETDATE() AS NVARCHAR(MAX));

COMMIT TRANSACTION;

