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

-- file: 001_cards.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect tsql
-- builds the masked copy of public.cards in a staging table
-- masking key: EXEC sp_set_session_context @key = N'datamask_key', @value = N'<output of: datamask-sql key>';

DROP TABLE IF EXISTS [masked].[_dm_stage_6ac9a32c0ca8];

SELECT
  *
INTO [masked].[_dm_stage_6ac9a32c0ca8]
FROM (
  SELECT
    CAST(CASE
      WHEN [src].[card] IS NULL
      THEN NULL
      ELSE CASE
        WHEN LEN(
          CONCAT(
            REGEXP_REPLACE(
              SUBSTRING(
                [src].[card],
                1,
                CASE
                  WHEN LEN(CONCAT([src].[card], '.')) - 1 <= 4
                  THEN 0
                  WHEN LEN(CONCAT([src].[card], '.')) - 1 - 4 < 23
                  THEN LEN(CONCAT([src].[card], '.')) - 1 - 4
                  ELSE 23
                END
              ),
              '[^0-9]+$',
              ''
            ),
            '.'
          )
        ) - 1 > 6
        THEN CONCAT(
          SUBSTRING(
            CONCAT(
              SUBSTRING([src].[card], 1, 1),
              SUBSTRING([src].[card], 2, 1),
              SUBSTRING([src].[card], 3, 1),
              SUBSTRING([src].[card], 4, 1),
              SUBSTRING([src].[card], 5, 1),
              SUBSTRING([src].[card], 6, 1),
              CASE
                WHEN (
                  7 <= LEN(CONCAT([src].[card], '.')) - 1
                  AND CHARINDEX(SUBSTRING([src].[card], 7, 1), '0123456789') > 0
                )
                AND NOT (
                  7 > LEN(CONCAT([src].[card], '.')) - 1 - 4
                )
                THEN CASE
                  WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 1), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
                  THEN SUBSTRING(
                    [src].[_dm_s11_1],
                    LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 1), '[^0-9]', ''), '.')) - 1,
                    1
                  )
                  ELSE '0'
                END
                ELSE SUBSTRING([src].[card], 7, 1)
              END,
              CASE
                WHEN (
                  8 <= LEN(CONCAT([src].[card], '.')) - 1
                  AND CHARINDEX(SUBSTRING([src].[card], 8, 1), '0123456789') > 0
                )
                AND NOT (
                  8 > LEN(CONCAT([src].[card], '.')) - 1 - 4
                )
                THEN CASE
                  WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 2), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
                  THEN SUBSTRING(
                    [src].[_dm_s11_1],
                    LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 2), '[^0-9]', ''), '.')) - 1,
                    1
                  )
                  ELSE '0'
                END
                ELSE SUBSTRING([src].[card], 8, 1)
              END,
              CASE
                WHEN (
                  9 <= LEN(CONCAT([src].[card], '.')) - 1
                  AND CHARINDEX(SUBSTRING([src].[card], 9, 1), '0123456789') > 0
                )
                AND NOT (
                  9 > LEN(CONCAT([src].[card], '.')) - 1 - 4
                )
                THEN CASE
                  WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 3), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
                  THEN SUBSTRING(
                    [src].[_dm_s11_1],
                    LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 3), '[^0-9]', ''), '.')) - 1,
                    1
                  )
                  ELSE '0'
                END
                ELSE SUBSTRING([src].[card], 9, 1)
              END,
              CASE
                WHEN (
                  10 <= LEN(CONCAT([src].[card], '.')) - 1
                  AND CHARINDEX(SUBSTRING([src].[card], 10, 1), '0123456789') > 0
                )
                AND NOT (
                  10 > LEN(CONCAT([src].[card], '.')) - 1 - 4
                )
                THEN CASE
                  WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 4), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
                  THEN SUBSTRING(
                    [src].[_dm_s11_1],
                    LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 4), '[^0-9]', ''), '.')) - 1,
                    1
                  )
                  ELSE '0'
                END
                ELSE SUBSTRING([src].[card], 10, 1)
              END,
              CASE
                WHEN (
                  11 <= LEN(CONCAT([src].[card], '.')) - 1
                  AND CHARINDEX(SUBSTRING([src].[card], 11, 1), '0123456789') > 0
                )
                AND NOT (
                  11 > LEN(CONCAT([src].[card], '.')) - 1 - 4
                )
                THEN CASE
                  WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 5), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
                  THEN SUBSTRING(
                    [src].[_dm_s11_1],
                    LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 5), '[^0-9]', ''), '.')) - 1,
                    1
                  )
                  ELSE '0'
                END
                ELSE SUBSTRING([src].[card], 11, 1)
              END,
              CASE
                WHEN (
                  12 <= LEN(CONCAT([src].[card], '.')) - 1
                  AND CHARINDEX(SUBSTRING([src].[card], 12, 1), '0123456789') > 0
                )
                AND NOT (
                  12 > LEN(CONCAT([src].[card], '.')) - 1 - 4
                )
                THEN CASE
                  WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 6), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
                  THEN SUBSTRING(
                    [src].[_dm_s11_1],
                    LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 6), '[^0-9]', ''), '.')) - 1,
                    1
                  )
                  ELSE '0'
                END
                ELSE SUBSTRING([src].[card], 12, 1)
              END,
              CASE
                WHEN (
                  13 <= LEN(CONCAT([src].[card], '.')) - 1
                  AND CHARINDEX(SUBSTRING([src].[card], 13, 1), '0123456789') > 0
                )
                AND NOT (
                  13 > LEN(CONCAT([src].[card], '.')) - 1 - 4
                )
                THEN CASE
                  WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 7), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
                  THEN SUBSTRING(
                    [src].[_dm_s11_1],
                    LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 7), '[^0-9]', ''), '.')) - 1,
                    1
                  )
                  ELSE '0'
                END
                ELSE SUBSTRING([src].[card], 13, 1)
              END,
              CASE
                WHEN (
                  14 <= LEN(CONCAT([src].[card], '.')) - 1
                  AND CHARINDEX(SUBSTRING([src].[card], 14, 1), '0123456789') > 0
                )
                AND NOT (
                  14 > LEN(CONCAT([src].[card], '.')) - 1 - 4
                )
                THEN CASE
                  WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 8), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
                  THEN SUBSTRING(
                    [src].[_dm_s11_1],
                    LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 8), '[^0-9]', ''), '.')) - 1,
                    1
                  )
                  ELSE '0'
                END
                ELSE SUBSTRING([src].[card], 14, 1)
              END,
              CASE
                WHEN (
                  15 <= LEN(CONCAT([src].[card], '.')) - 1
                  AND CHARINDEX(SUBSTRING([src].[card], 15, 1), '0123456789') > 0
                )
                AND NOT (
                  15 > LEN(CONCAT([src].[card], '.')) - 1 - 4
                )
                THEN CASE
                  WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 9), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
                  THEN SUBSTRING(
                    [src].[_dm_s11_1],
                    LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 9), '[^0-9]', ''), '.')) - 1,
                    1
                  )
                  ELSE '0'
                END
                ELSE SUBSTRING([src].[card], 15, 1)
              END,
              CASE
                WHEN (
                  16 <= LEN(CONCAT([src].[card], '.')) - 1
                  AND CHARINDEX(SUBSTRING([src].[card], 16, 1), '0123456789') > 0
                )
                AND NOT (
                  16 > LEN(CONCAT([src].[card], '.')) - 1 - 4
                )
                THEN CASE
                  WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 10), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
                  THEN SUBSTRING(
                    [src].[_dm_s11_1],
                    LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 10), '[^0-9]', ''), '.')) - 1,
                    1
                  )
                  ELSE '0'
                END
                ELSE SUBSTRING([src].[card], 16, 1)
              END,
              CASE
                WHEN (
                  17 <= LEN(CONCAT([src].[card], '.')) - 1
                  AND CHARINDEX(SUBSTRING([src].[card], 17, 1), '0123456789') > 0
                )
                AND NOT (
                  17 > LEN(CONCAT([src].[card], '.')) - 1 - 4
                )
                THEN CASE
                  WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 11), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
                  THEN SUBSTRING(
                    [src].[_dm_s11_1],
                    LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 11), '[^0-9]', ''), '.')) - 1,
                    1
                  )
                  ELSE '0'
                END
                ELSE SUBSTRING([src].[card], 17, 1)
              END,
              CASE
                WHEN (
                  18 <= LEN(CONCAT([src].[card], '.')) - 1
                  AND CHARINDEX(SUBSTRING([src].[card], 18, 1), '0123456789') > 0
                )
                AND NOT (
                  18 > LEN(CONCAT([src].[card], '.')) - 1 - 4
                )
                THEN CASE
                  WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 12), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
                  THEN SUBSTRING(
                    [src].[_dm_s11_1],
                    LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 12), '[^0-9]', ''), '.')) - 1,
                    1
                  )
                  ELSE '0'
                END
                ELSE SUBSTRING([src].[card], 18, 1)
              END,
              CASE
                WHEN (
                  19 <= LEN(CONCAT([src].[card], '.')) - 1
                  AND CHARINDEX(SUBSTRING([src].[card], 19, 1), '0123456789') > 0
                )
                AND NOT (
                  19 > LEN(CONCAT([src].[card], '.')) - 1 - 4
                )
                THEN CASE
                  WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 13), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
                  THEN SUBSTRING(
                    [src].[_dm_s11_1],
                    LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 13), '[^0-9]', ''), '.')) - 1,
                    1
                  )
                  ELSE '0'
                END
                ELSE SUBSTRING([src].[card], 19, 1)
              END,
              CASE
                WHEN (
                  20 <= LEN(CONCAT([src].[card], '.')) - 1
                  AND CHARINDEX(SUBSTRING([src].[card], 20, 1), '0123456789') > 0
                )
                AND NOT (
                  20 > LEN(CONCAT([src].[card], '.')) - 1 - 4
                )
                THEN CASE
                  WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 14), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
                  THEN SUBSTRING(
                    [src].[_dm_s11_1],
                    LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 14), '[^0-9]', ''), '.')) - 1,
                    1
                  )
                  ELSE '0'
                END
                ELSE SUBSTRING([src].[card], 20, 1)
              END,
              CASE
                WHEN (
                  21 <= LEN(CONCAT([src].[card], '.')) - 1
                  AND CHARINDEX(SUBSTRING([src].[card], 21, 1), '0123456789') > 0
                )
                AND NOT (
                  21 > LEN(CONCAT([src].[card], '.')) - 1 - 4
                )
                THEN CASE
                  WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 15), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
                  THEN SUBSTRING(
                    [src].[_dm_s11_1],
                    LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 15), '[^0-9]', ''), '.')) - 1,
                    1
                  )
                  ELSE '0'
                END
                ELSE SUBSTRING([src].[card], 21, 1)
              END,
              CASE
                WHEN (
                  22 <= LEN(CONCAT([src].[card], '.')) - 1
                  AND CHARINDEX(SUBSTRING([src].[card], 22, 1), '0123456789') > 0
                )
                AND NOT (
                  22 > LEN(CONCAT([src].[card], '.')) - 1 - 4
                )
                THEN CASE
                  WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 16), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
                  THEN SUBSTRING(
                    [src].[_dm_s11_1],
                    LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 16), '[^0-9]', ''), '.')) - 1,
                    1
                  )
                  ELSE '0'
                END
                ELSE SUBSTRING([src].[card], 22, 1)
              END,
              CASE
                WHEN (
                  23 <= LEN(CONCAT([src].[card], '.')) - 1
                  AND CHARINDEX(SUBSTRING([src].[card], 23, 1), '0123456789') > 0
                )
                AND NOT (
                  23 > LEN(CONCAT([src].[card], '.')) - 1 - 4
                )
                THEN CASE
                  WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 17), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
                  THEN SUBSTRING(
                    [src].[_dm_s11_1],
                    LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 17), '[^0-9]', ''), '.')) - 1,
                    1
                  )
                  ELSE '0'
                END
                ELSE SUBSTRING([src].[card], 23, 1)
              END,
              REGEXP_REPLACE(SUBSTRING([src].[card], 24, 1073741823), '[0-9]', '0')
            ),
            1,
            LEN(
              CONCAT(
                REGEXP_REPLACE(
                  SUBSTRING(
                    [src].[card],
                    1,
                    CASE
                      WHEN LEN(CONCAT([src].[card], '.')) - 1 <= 4
                      THEN 0
                      WHEN LEN(CONCAT([src].[card], '.')) - 1 - 4 < 23
                      THEN LEN(CONCAT([src].[card], '.')) - 1 - 4
                      ELSE 23
                    END
                  ),
                  '[^0-9]+$',
                  ''
                ),
                '.'
              )
            ) - 1 - 1
          ),
          CASE
            WHEN (
              LEN(
                CONCAT(
                  REGEXP_REPLACE(
                    SUBSTRING(
                      [src].[card],
                      LEN(
                        CONCAT(
                          REGEXP_REPLACE(
                            SUBSTRING(
                              [src].[card],
                              1,
                              CASE
                                WHEN LEN(CONCAT([src].[card], '.')) - 1 <= 4
                                THEN 0
                                WHEN LEN(CONCAT([src].[card], '.')) - 1 - 4 < 23
                                THEN LEN(CONCAT([src].[card], '.')) - 1 - 4
                                ELSE 23
                              END
                            ),
                            '[^0-9]+$',
                            ''
                          ),
                          '.'
                        )
                      ) - 1 + 1,
                      1073741823
                    ),
                    '[^0-9]',
                    ''
                  ),
                  '.'
                )
              ) - 1
            ) % 2 = 1
            THEN SUBSTRING(
              '0516273849',
              CAST((
                10 - (
                  CASE
                    WHEN (
                      1 <= LEN(CONCAT([src].[card], '.')) - 1
                      AND CHARINDEX(SUBSTRING([src].[card], 1, 1), '0123456789') > 0
                    )
                    AND LEN(
                      CONCAT(
                        REGEXP_REPLACE(
                          SUBSTRING(
                            [src].[card],
                            1,
                            CASE
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 <= 4
                              THEN 0
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 - 4 < 23
                              THEN LEN(CONCAT([src].[card], '.')) - 1 - 4
                              ELSE 23
                            END
                          ),
                          '[^0-9]+$',
                          ''
                        ),
                        '.'
                      )
                    ) - 1 <> 1
                    THEN CHARINDEX(
                      SUBSTRING([src].[card], 1, 1),
                      CASE
                        WHEN (
                          LEN(
                            CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 2, 1073741823), '[^0-9]', ''), '.')
                          ) - 1
                        ) % 2 = 1
                        THEN '0516273849'
                        ELSE '0123456789'
                      END
                    ) - 1
                    ELSE 0
                  END + CASE
                    WHEN (
                      2 <= LEN(CONCAT([src].[card], '.')) - 1
                      AND CHARINDEX(SUBSTRING([src].[card], 2, 1), '0123456789') > 0
                    )
                    AND LEN(
                      CONCAT(
                        REGEXP_REPLACE(
                          SUBSTRING(
                            [src].[card],
                            1,
                            CASE
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 <= 4
                              THEN 0
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 - 4 < 23
                              THEN LEN(CONCAT([src].[card], '.')) - 1 - 4
                              ELSE 23
                            END
                          ),
                          '[^0-9]+$',
                          ''
                        ),
                        '.'
                      )
                    ) - 1 <> 2
                    THEN CHARINDEX(
                      SUBSTRING([src].[card], 2, 1),
                      CASE
                        WHEN (
                          LEN(
                            CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 3, 1073741823), '[^0-9]', ''), '.')
                          ) - 1
                        ) % 2 = 1
                        THEN '0516273849'
                        ELSE '0123456789'
                      END
                    ) - 1
                    ELSE 0
                  END + CASE
                    WHEN (
                      3 <= LEN(CONCAT([src].[card], '.')) - 1
                      AND CHARINDEX(SUBSTRING([src].[card], 3, 1), '0123456789') > 0
                    )
                    AND LEN(
                      CONCAT(
                        REGEXP_REPLACE(
                          SUBSTRING(
                            [src].[card],
                            1,
                            CASE
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 <= 4
                              THEN 0
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 - 4 < 23
                              THEN LEN(CONCAT([src].[card], '.')) - 1 - 4
                              ELSE 23
                            END
                          ),
                          '[^0-9]+$',
                          ''
                        ),
                        '.'
                      )
                    ) - 1 <> 3
                    THEN CHARINDEX(
                      SUBSTRING([src].[card], 3, 1),
                      CASE
                        WHEN (
                          LEN(
                            CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 4, 1073741823), '[^0-9]', ''), '.')
                          ) - 1
                        ) % 2 = 1
                        THEN '0516273849'
                        ELSE '0123456789'
                      END
                    ) - 1
                    ELSE 0
                  END + CASE
                    WHEN (
                      4 <= LEN(CONCAT([src].[card], '.')) - 1
                      AND CHARINDEX(SUBSTRING([src].[card], 4, 1), '0123456789') > 0
                    )
                    AND LEN(
                      CONCAT(
                        REGEXP_REPLACE(
                          SUBSTRING(
                            [src].[card],
                            1,
                            CASE
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 <= 4
                              THEN 0
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 - 4 < 23
                              THEN LEN(CONCAT([src].[card], '.')) - 1 - 4
                              ELSE 23
                            END
                          ),
                          '[^0-9]+$',
                          ''
                        ),
                        '.'
                      )
                    ) - 1 <> 4
                    THEN CHARINDEX(
                      SUBSTRING([src].[card], 4, 1),
                      CASE
                        WHEN (
                          LEN(
                            CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 5, 1073741823), '[^0-9]', ''), '.')
                          ) - 1
                        ) % 2 = 1
                        THEN '0516273849'
                        ELSE '0123456789'
                      END
                    ) - 1
                    ELSE 0
                  END + CASE
                    WHEN (
                      5 <= LEN(CONCAT([src].[card], '.')) - 1
                      AND CHARINDEX(SUBSTRING([src].[card], 5, 1), '0123456789') > 0
                    )
                    AND LEN(
                      CONCAT(
                        REGEXP_REPLACE(
                          SUBSTRING(
                            [src].[card],
                            1,
                            CASE
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 <= 4
                              THEN 0
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 - 4 < 23
                              THEN LEN(CONCAT([src].[card], '.')) - 1 - 4
                              ELSE 23
                            END
                          ),
                          '[^0-9]+$',
                          ''
                        ),
                        '.'
                      )
                    ) - 1 <> 5
                    THEN CHARINDEX(
                      SUBSTRING([src].[card], 5, 1),
                      CASE
                        WHEN (
                          LEN(
                            CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 6, 1073741823), '[^0-9]', ''), '.')
                          ) - 1
                        ) % 2 = 1
                        THEN '0516273849'
                        ELSE '0123456789'
                      END
                    ) - 1
                    ELSE 0
                  END + CASE
                    WHEN (
                      6 <= LEN(CONCAT([src].[card], '.')) - 1
                      AND CHARINDEX(SUBSTRING([src].[card], 6, 1), '0123456789') > 0
                    )
                    AND LEN(
                      CONCAT(
                        REGEXP_REPLACE(
                          SUBSTRING(
                            [src].[card],
                            1,
                            CASE
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 <= 4
                              THEN 0
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 - 4 < 23
                              THEN LEN(CONCAT([src].[card], '.')) - 1 - 4
                              ELSE 23
                            END
                          ),
                          '[^0-9]+$',
                          ''
                        ),
                        '.'
                      )
                    ) - 1 <> 6
                    THEN CHARINDEX(
                      SUBSTRING([src].[card], 6, 1),
                      CASE
                        WHEN (
                          LEN(
                            CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 1073741823), '[^0-9]', ''), '.')
                          ) - 1
                        ) % 2 = 1
                        THEN '0516273849'
                        ELSE '0123456789'
                      END
                    ) - 1
                    ELSE 0
                  END + CASE
                    WHEN (
                      7 <= LEN(CONCAT([src].[card], '.')) - 1
                      AND CHARINDEX(SUBSTRING([src].[card], 7, 1), '0123456789') > 0
                    )
                    AND LEN(
                      CONCAT(
                        REGEXP_REPLACE(
                          SUBSTRING(
                            [src].[card],
                            1,
                            CASE
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 <= 4
                              THEN 0
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 - 4 < 23
                              THEN LEN(CONCAT([src].[card], '.')) - 1 - 4
                              ELSE 23
                            END
                          ),
                          '[^0-9]+$',
                          ''
                        ),
                        '.'
                      )
                    ) - 1 <> 7
                    THEN CHARINDEX(
                      CASE
                        WHEN (
                          7 <= LEN(CONCAT([src].[card], '.')) - 1
                          AND CHARINDEX(SUBSTRING([src].[card], 7, 1), '0123456789') > 0
                        )
                        AND NOT (
                          7 > LEN(CONCAT([src].[card], '.')) - 1 - 4
                        )
                        THEN CASE
                          WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 1), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
                          THEN SUBSTRING(
                            [src].[_dm_s11_1],
                            LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 1), '[^0-9]', ''), '.')) - 1,
                            1
                          )
                          ELSE '0'
                        END
                        ELSE SUBSTRING([src].[card], 7, 1)
                      END,
                      CASE
                        WHEN (
                          LEN(
                            CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 8, 1073741823), '[^0-9]', ''), '.')
                          ) - 1
                        ) % 2 = 1
                        THEN '0516273849'
                        ELSE '0123456789'
                      END
                    ) - 1
                    ELSE 0
                  END + CASE
                    WHEN (
                      8 <= LEN(CONCAT([src].[card], '.')) - 1
                      AND CHARINDEX(SUBSTRING([src].[card], 8, 1), '0123456789') > 0
                    )
                    AND LEN(
                      CONCAT(
                        REGEXP_REPLACE(
                          SUBSTRING(
                            [src].[card],
                            1,
                            CASE
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 <= 4
                              THEN 0
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 - 4 < 23
                              THEN LEN(CONCAT([src].[card], '.')) - 1 - 4
                              ELSE 23
                            END
                          ),
                          '[^0-9]+$',
                          ''
                        ),
                        '.'
                      )
                    ) - 1 <> 8
                    THEN CHARINDEX(
                      CASE
                        WHEN (
                          8 <= LEN(CONCAT([src].[card], '.')) - 1
                          AND CHARINDEX(SUBSTRING([src].[card], 8, 1), '0123456789') > 0
                        )
                        AND NOT (
                          8 > LEN(CONCAT([src].[card], '.')) - 1 - 4
                        )
                        THEN CASE
                          WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 2), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
                          THEN SUBSTRING(
                            [src].[_dm_s11_1],
                            LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 2), '[^0-9]', ''), '.')) - 1,
                            1
                          )
                          ELSE '0'
                        END
                        ELSE SUBSTRING([src].[card], 8, 1)
                      END,
                      CASE
                        WHEN (
                          LEN(
                            CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 9, 1073741823), '[^0-9]', ''), '.')
                          ) - 1
                        ) % 2 = 1
                        THEN '0516273849'
                        ELSE '0123456789'
                      END
                    ) - 1
                    ELSE 0
                  END + CASE
                    WHEN (
                      9 <= LEN(CONCAT([src].[card], '.')) - 1
                      AND CHARINDEX(SUBSTRING([src].[card], 9, 1), '0123456789') > 0
                    )
                    AND LEN(
                      CONCAT(
                        REGEXP_REPLACE(
                          SUBSTRING(
                            [src].[card],
                            1,
                            CASE
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 <= 4
                              THEN 0
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 - 4 < 23
                              THEN LEN(CONCAT([src].[card], '.')) - 1 - 4
                              ELSE 23
                            END
                          ),
                          '[^0-9]+$',
                          ''
                        ),
                        '.'
                      )
                    ) - 1 <> 9
                    THEN CHARINDEX(
                      CASE
                        WHEN (
                          9 <= LEN(CONCAT([src].[card], '.')) - 1
                          AND CHARINDEX(SUBSTRING([src].[card], 9, 1), '0123456789') > 0
                        )
                        AND NOT (
                          9 > LEN(CONCAT([src].[card], '.')) - 1 - 4
                        )
                        THEN CASE
                          WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 3), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
                          THEN SUBSTRING(
                            [src].[_dm_s11_1],
                            LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 3), '[^0-9]', ''), '.')) - 1,
                            1
                          )
                          ELSE '0'
                        END
                        ELSE SUBSTRING([src].[card], 9, 1)
                      END,
                      CASE
                        WHEN (
                          LEN(
                            CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 10, 1073741823), '[^0-9]', ''), '.')
                          ) - 1
                        ) % 2 = 1
                        THEN '0516273849'
                        ELSE '0123456789'
                      END
                    ) - 1
                    ELSE 0
                  END + CASE
                    WHEN (
                      10 <= LEN(CONCAT([src].[card], '.')) - 1
                      AND CHARINDEX(SUBSTRING([src].[card], 10, 1), '0123456789') > 0
                    )
                    AND LEN(
                      CONCAT(
                        REGEXP_REPLACE(
                          SUBSTRING(
                            [src].[card],
                            1,
                            CASE
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 <= 4
                              THEN 0
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 - 4 < 23
                              THEN LEN(CONCAT([src].[card], '.')) - 1 - 4
                              ELSE 23
                            END
                          ),
                          '[^0-9]+$',
                          ''
                        ),
                        '.'
                      )
                    ) - 1 <> 10
                    THEN CHARINDEX(
                      CASE
                        WHEN (
                          10 <= LEN(CONCAT([src].[card], '.')) - 1
                          AND CHARINDEX(SUBSTRING([src].[card], 10, 1), '0123456789') > 0
                        )
                        AND NOT (
                          10 > LEN(CONCAT([src].[card], '.')) - 1 - 4
                        )
                        THEN CASE
                          WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 4), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
                          THEN SUBSTRING(
                            [src].[_dm_s11_1],
                            LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 4), '[^0-9]', ''), '.')) - 1,
                            1
                          )
                          ELSE '0'
                        END
                        ELSE SUBSTRING([src].[card], 10, 1)
                      END,
                      CASE
                        WHEN (
                          LEN(
                            CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 11, 1073741823), '[^0-9]', ''), '.')
                          ) - 1
                        ) % 2 = 1
                        THEN '0516273849'
                        ELSE '0123456789'
                      END
                    ) - 1
                    ELSE 0
                  END + CASE
                    WHEN (
                      11 <= LEN(CONCAT([src].[card], '.')) - 1
                      AND CHARINDEX(SUBSTRING([src].[card], 11, 1), '0123456789') > 0
                    )
                    AND LEN(
                      CONCAT(
                        REGEXP_REPLACE(
                          SUBSTRING(
                            [src].[card],
                            1,
                            CASE
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 <= 4
                              THEN 0
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 - 4 < 23
                              THEN LEN(CONCAT([src].[card], '.')) - 1 - 4
                              ELSE 23
                            END
                          ),
                          '[^0-9]+$',
                          ''
                        ),
                        '.'
                      )
                    ) - 1 <> 11
                    THEN CHARINDEX(
                      CASE
                        WHEN (
                          11 <= LEN(CONCAT([src].[card], '.')) - 1
                          AND CHARINDEX(SUBSTRING([src].[card], 11, 1), '0123456789') > 0
                        )
                        AND NOT (
                          11 > LEN(CONCAT([src].[card], '.')) - 1 - 4
                        )
                        THEN CASE
                          WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 5), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
                          THEN SUBSTRING(
                            [src].[_dm_s11_1],
                            LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 5), '[^0-9]', ''), '.')) - 1,
                            1
                          )
                          ELSE '0'
                        END
                        ELSE SUBSTRING([src].[card], 11, 1)
                      END,
                      CASE
                        WHEN (
                          LEN(
                            CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 12, 1073741823), '[^0-9]', ''), '.')
                          ) - 1
                        ) % 2 = 1
                        THEN '0516273849'
                        ELSE '0123456789'
                      END
                    ) - 1
                    ELSE 0
                  END + CASE
                    WHEN (
                      12 <= LEN(CONCAT([src].[card], '.')) - 1
                      AND CHARINDEX(SUBSTRING([src].[card], 12, 1), '0123456789') > 0
                    )
                    AND LEN(
                      CONCAT(
                        REGEXP_REPLACE(
                          SUBSTRING(
                            [src].[card],
                            1,
                            CASE
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 <= 4
                              THEN 0
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 - 4 < 23
                              THEN LEN(CONCAT([src].[card], '.')) - 1 - 4
                              ELSE 23
                            END
                          ),
                          '[^0-9]+$',
                          ''
                        ),
                        '.'
                      )
                    ) - 1 <> 12
                    THEN CHARINDEX(
                      CASE
                        WHEN (
                          12 <= LEN(CONCAT([src].[card], '.')) - 1
                          AND CHARINDEX(SUBSTRING([src].[card], 12, 1), '0123456789') > 0
                        )
                        AND NOT (
                          12 > LEN(CONCAT([src].[card], '.')) - 1 - 4
                        )
                        THEN CASE
                          WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 6), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
                          THEN SUBSTRING(
                            [src].[_dm_s11_1],
                            LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 6), '[^0-9]', ''), '.')) - 1,
                            1
                          )
                          ELSE '0'
                        END
                        ELSE SUBSTRING([src].[card], 12, 1)
                      END,
                      CASE
                        WHEN (
                          LEN(
                            CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 13, 1073741823), '[^0-9]', ''), '.')
                          ) - 1
                        ) % 2 = 1
                        THEN '0516273849'
                        ELSE '0123456789'
                      END
                    ) - 1
                    ELSE 0
                  END + CASE
                    WHEN (
                      13 <= LEN(CONCAT([src].[card], '.')) - 1
                      AND CHARINDEX(SUBSTRING([src].[card], 13, 1), '0123456789') > 0
                    )
                    AND LEN(
                      CONCAT(
                        REGEXP_REPLACE(
                          SUBSTRING(
                            [src].[card],
                            1,
                            CASE
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 <= 4
                              THEN 0
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 - 4 < 23
                              THEN LEN(CONCAT([src].[card], '.')) - 1 - 4
                              ELSE 23
                            END
                          ),
                          '[^0-9]+$',
                          ''
                        ),
                        '.'
                      )
                    ) - 1 <> 13
                    THEN CHARINDEX(
                      CASE
                        WHEN (
                          13 <= LEN(CONCAT([src].[card], '.')) - 1
                          AND CHARINDEX(SUBSTRING([src].[card], 13, 1), '0123456789') > 0
                        )
                        AND NOT (
                          13 > LEN(CONCAT([src].[card], '.')) - 1 - 4
                        )
                        THEN CASE
                          WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 7), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
                          THEN SUBSTRING(
                            [src].[_dm_s11_1],
                            LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 7), '[^0-9]', ''), '.')) - 1,
                            1
                          )
                          ELSE '0'
                        END
                        ELSE SUBSTRING([src].[card], 13, 1)
                      END,
                      CASE
                        WHEN (
                          LEN(
                            CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 14, 1073741823), '[^0-9]', ''), '.')
                          ) - 1
                        ) % 2 = 1
                        THEN '0516273849'
                        ELSE '0123456789'
                      END
                    ) - 1
                    ELSE 0
                  END + CASE
                    WHEN (
                      14 <= LEN(CONCAT([src].[card], '.')) - 1
                      AND CHARINDEX(SUBSTRING([src].[card], 14, 1), '0123456789') > 0
                    )
                    AND LEN(
                      CONCAT(
                        REGEXP_REPLACE(
                          SUBSTRING(
                            [src].[card],
                            1,
                            CASE
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 <= 4
                              THEN 0
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 - 4 < 23
                              THEN LEN(CONCAT([src].[card], '.')) - 1 - 4
                              ELSE 23
                            END
                          ),
                          '[^0-9]+$',
                          ''
                        ),
                        '.'
                      )
                    ) - 1 <> 14
                    THEN CHARINDEX(
                      CASE
                        WHEN (
                          14 <= LEN(CONCAT([src].[card], '.')) - 1
                          AND CHARINDEX(SUBSTRING([src].[card], 14, 1), '0123456789') > 0
                        )
                        AND NOT (
                          14 > LEN(CONCAT([src].[card], '.')) - 1 - 4
                        )
                        THEN CASE
                          WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 8), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
                          THEN SUBSTRING(
                            [src].[_dm_s11_1],
                            LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 8), '[^0-9]', ''), '.')) - 1,
                            1
                          )
                          ELSE '0'
                        END
                        ELSE SUBSTRING([src].[card], 14, 1)
                      END,
                      CASE
                        WHEN (
                          LEN(
                            CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 15, 1073741823), '[^0-9]', ''), '.')
                          ) - 1
                        ) % 2 = 1
                        THEN '0516273849'
                        ELSE '0123456789'
                      END
                    ) - 1
                    ELSE 0
                  END + CASE
                    WHEN (
                      15 <= LEN(CONCAT([src].[card], '.')) - 1
                      AND CHARINDEX(SUBSTRING([src].[card], 15, 1), '0123456789') > 0
                    )
                    AND LEN(
                      CONCAT(
                        REGEXP_REPLACE(
                          SUBSTRING(
                            [src].[card],
                            1,
                            CASE
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 <= 4
                              THEN 0
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 - 4 < 23
                              THEN LEN(CONCAT([src].[card], '.')) - 1 - 4
                              ELSE 23
                            END
                          ),
                          '[^0-9]+$',
                          ''
                        ),
                        '.'
                      )
                    ) - 1 <> 15
                    THEN CHARINDEX(
                      CASE
                        WHEN (
                          15 <= LEN(CONCAT([src].[card], '.')) - 1
                          AND CHARINDEX(SUBSTRING([src].[card], 15, 1), '0123456789') > 0
                        )
                        AND NOT (
                          15 > LEN(CONCAT([src].[card], '.')) - 1 - 4
                        )
                        THEN CASE
                          WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 9), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
                          THEN SUBSTRING(
                            [src].[_dm_s11_1],
                            LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 9), '[^0-9]', ''), '.')) - 1,
                            1
                          )
                          ELSE '0'
                        END
                        ELSE SUBSTRING([src].[card], 15, 1)
                      END,
                      CASE
                        WHEN (
                          LEN(
                            CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 16, 1073741823), '[^0-9]', ''), '.')
                          ) - 1
                        ) % 2 = 1
                        THEN '0516273849'
                        ELSE '0123456789'
                      END
                    ) - 1
                    ELSE 0
                  END + CASE
                    WHEN (
                      16 <= LEN(CONCAT([src].[card], '.')) - 1
                      AND CHARINDEX(SUBSTRING([src].[card], 16, 1), '0123456789') > 0
                    )
                    AND LEN(
                      CONCAT(
                        REGEXP_REPLACE(
                          SUBSTRING(
                            [src].[card],
                            1,
                            CASE
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 <= 4
                              THEN 0
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 - 4 < 23
                              THEN LEN(CONCAT([src].[card], '.')) - 1 - 4
                              ELSE 23
                            END
                          ),
                          '[^0-9]+$',
                          ''
                        ),
                        '.'
                      )
                    ) - 1 <> 16
                    THEN CHARINDEX(
                      CASE
                        WHEN (
                          16 <= LEN(CONCAT([src].[card], '.')) - 1
                          AND CHARINDEX(SUBSTRING([src].[card], 16, 1), '0123456789') > 0
                        )
                        AND NOT (
                          16 > LEN(CONCAT([src].[card], '.')) - 1 - 4
                        )
                        THEN CASE
                          WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 10), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
                          THEN SUBSTRING(
                            [src].[_dm_s11_1],
                            LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 10), '[^0-9]', ''), '.')) - 1,
                            1
                          )
                          ELSE '0'
                        END
                        ELSE SUBSTRING([src].[card], 16, 1)
                      END,
                      CASE
                        WHEN (
                          LEN(
                            CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 17, 1073741823), '[^0-9]', ''), '.')
                          ) - 1
                        ) % 2 = 1
                        THEN '0516273849'
                        ELSE '0123456789'
                      END
                    ) - 1
                    ELSE 0
                  END + CASE
                    WHEN (
                      17 <= LEN(CONCAT([src].[card], '.')) - 1
                      AND CHARINDEX(SUBSTRING([src].[card], 17, 1), '0123456789') > 0
                    )
                    AND LEN(
                      CONCAT(
                        REGEXP_REPLACE(
                          SUBSTRING(
                            [src].[card],
                            1,
                            CASE
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 <= 4
                              THEN 0
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 - 4 < 23
                              THEN LEN(CONCAT([src].[card], '.')) - 1 - 4
                              ELSE 23
                            END
                          ),
                          '[^0-9]+$',
                          ''
                        ),
                        '.'
                      )
                    ) - 1 <> 17
                    THEN CHARINDEX(
                      CASE
                        WHEN (
                          17 <= LEN(CONCAT([src].[card], '.')) - 1
                          AND CHARINDEX(SUBSTRING([src].[card], 17, 1), '0123456789') > 0
                        )
                        AND NOT (
                          17 > LEN(CONCAT([src].[card], '.')) - 1 - 4
                        )
                        THEN CASE
                          WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 11), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
                          THEN SUBSTRING(
                            [src].[_dm_s11_1],
                            LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 11), '[^0-9]', ''), '.')) - 1,
                            1
                          )
                          ELSE '0'
                        END
                        ELSE SUBSTRING([src].[card], 17, 1)
                      END,
                      CASE
                        WHEN (
                          LEN(
                            CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 18, 1073741823), '[^0-9]', ''), '.')
                          ) - 1
                        ) % 2 = 1
                        THEN '0516273849'
                        ELSE '0123456789'
                      END
                    ) - 1
                    ELSE 0
                  END + CASE
                    WHEN (
                      18 <= LEN(CONCAT([src].[card], '.')) - 1
                      AND CHARINDEX(SUBSTRING([src].[card], 18, 1), '0123456789') > 0
                    )
                    AND LEN(
                      CONCAT(
                        REGEXP_REPLACE(
                          SUBSTRING(
                            [src].[card],
                            1,
                            CASE
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 <= 4
                              THEN 0
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 - 4 < 23
                              THEN LEN(CONCAT([src].[card], '.')) - 1 - 4
                              ELSE 23
                            END
                          ),
                          '[^0-9]+$',
                          ''
                        ),
                        '.'
                      )
                    ) - 1 <> 18
                    THEN CHARINDEX(
                      CASE
                        WHEN (
                          18 <= LEN(CONCAT([src].[card], '.')) - 1
                          AND CHARINDEX(SUBSTRING([src].[card], 18, 1), '0123456789') > 0
                        )
                        AND NOT (
                          18 > LEN(CONCAT([src].[card], '.')) - 1 - 4
                        )
                        THEN CASE
                          WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 12), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
                          THEN SUBSTRING(
                            [src].[_dm_s11_1],
                            LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 12), '[^0-9]', ''), '.')) - 1,
                            1
                          )
                          ELSE '0'
                        END
                        ELSE SUBSTRING([src].[card], 18, 1)
                      END,
                      CASE
                        WHEN (
                          LEN(
                            CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 19, 1073741823), '[^0-9]', ''), '.')
                          ) - 1
                        ) % 2 = 1
                        THEN '0516273849'
                        ELSE '0123456789'
                      END
                    ) - 1
                    ELSE 0
                  END + CASE
                    WHEN (
                      19 <= LEN(CONCAT([src].[card], '.')) - 1
                      AND CHARINDEX(SUBSTRING([src].[card], 19, 1), '0123456789') > 0
                    )
                    AND LEN(
                      CONCAT(
                        REGEXP_REPLACE(
                          SUBSTRING(
                            [src].[card],
                            1,
                            CASE
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 <= 4
                              THEN 0
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 - 4 < 23
                              THEN LEN(CONCAT([src].[card], '.')) - 1 - 4
                              ELSE 23
                            END
                          ),
                          '[^0-9]+$',
                          ''
                        ),
                        '.'
                      )
                    ) - 1 <> 19
                    THEN CHARINDEX(
                      CASE
                        WHEN (
                          19 <= LEN(CONCAT([src].[card], '.')) - 1
                          AND CHARINDEX(SUBSTRING([src].[card], 19, 1), '0123456789') > 0
                        )
                        AND NOT (
                          19 > LEN(CONCAT([src].[card], '.')) - 1 - 4
                        )
                        THEN CASE
                          WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 13), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
                          THEN SUBSTRING(
                            [src].[_dm_s11_1],
                            LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 13), '[^0-9]', ''), '.')) - 1,
                            1
                          )
                          ELSE '0'
                        END
                        ELSE SUBSTRING([src].[card], 19, 1)
                      END,
                      CASE
                        WHEN (
                          LEN(
                            CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 20, 1073741823), '[^0-9]', ''), '.')
                          ) - 1
                        ) % 2 = 1
                        THEN '0516273849'
                        ELSE '0123456789'
                      END
                    ) - 1
                    ELSE 0
                  END + CASE
                    WHEN (
                      20 <= LEN(CONCAT([src].[card], '.')) - 1
                      AND CHARINDEX(SUBSTRING([src].[card], 20, 1), '0123456789') > 0
                    )
                    AND LEN(
                      CONCAT(
                        REGEXP_REPLACE(
                          SUBSTRING(
                            [src].[card],
                            1,
                            CASE
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 <= 4
                              THEN 0
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 - 4 < 23
                              THEN LEN(CONCAT([src].[card], '.')) - 1 - 4
                              ELSE 23
                            END
                          ),
                          '[^0-9]+$',
                          ''
                        ),
                        '.'
                      )
                    ) - 1 <> 20
                    THEN CHARINDEX(
                      CASE
                        WHEN (
                          20 <= LEN(CONCAT([src].[card], '.')) - 1
                          AND CHARINDEX(SUBSTRING([src].[card], 20, 1), '0123456789') > 0
                        )
                        AND NOT (
                          20 > LEN(CONCAT([src].[card], '.')) - 1 - 4
                        )
                        THEN CASE
                          WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 14), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
                          THEN SUBSTRING(
                            [src].[_dm_s11_1],
                            LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 14), '[^0-9]', ''), '.')) - 1,
                            1
                          )
                          ELSE '0'
                        END
                        ELSE SUBSTRING([src].[card], 20, 1)
                      END,
                      CASE
                        WHEN (
                          LEN(
                            CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 21, 1073741823), '[^0-9]', ''), '.')
                          ) - 1
                        ) % 2 = 1
                        THEN '0516273849'
                        ELSE '0123456789'
                      END
                    ) - 1
                    ELSE 0
                  END + CASE
                    WHEN (
                      21 <= LEN(CONCAT([src].[card], '.')) - 1
                      AND CHARINDEX(SUBSTRING([src].[card], 21, 1), '0123456789') > 0
                    )
                    AND LEN(
                      CONCAT(
                        REGEXP_REPLACE(
                          SUBSTRING(
                            [src].[card],
                            1,
                            CASE
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 <= 4
                              THEN 0
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 - 4 < 23
                              THEN LEN(CONCAT([src].[card], '.')) - 1 - 4
                              ELSE 23
                            END
                          ),
                          '[^0-9]+$',
                          ''
                        ),
                        '.'
                      )
                    ) - 1 <> 21
                    THEN CHARINDEX(
                      CASE
                        WHEN (
                          21 <= LEN(CONCAT([src].[card], '.')) - 1
                          AND CHARINDEX(SUBSTRING([src].[card], 21, 1), '0123456789') > 0
                        )
                        AND NOT (
                          21 > LEN(CONCAT([src].[card], '.')) - 1 - 4
                        )
                        THEN CASE
                          WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 15), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
                          THEN SUBSTRING(
                            [src].[_dm_s11_1],
                            LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 15), '[^0-9]', ''), '.')) - 1,
                            1
                          )
                          ELSE '0'
                        END
                        ELSE SUBSTRING([src].[card], 21, 1)
                      END,
                      CASE
                        WHEN (
                          LEN(
                            CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 22, 1073741823), '[^0-9]', ''), '.')
                          ) - 1
                        ) % 2 = 1
                        THEN '0516273849'
                        ELSE '0123456789'
                      END
                    ) - 1
                    ELSE 0
                  END + CASE
                    WHEN (
                      22 <= LEN(CONCAT([src].[card], '.')) - 1
                      AND CHARINDEX(SUBSTRING([src].[card], 22, 1), '0123456789') > 0
                    )
                    AND LEN(
                      CONCAT(
                        REGEXP_REPLACE(
                          SUBSTRING(
                            [src].[card],
                            1,
                            CASE
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 <= 4
                              THEN 0
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 - 4 < 23
                              THEN LEN(CONCAT([src].[card], '.')) - 1 - 4
                              ELSE 23
                            END
                          ),
                          '[^0-9]+$',
                          ''
                        ),
                        '.'
                      )
                    ) - 1 <> 22
                    THEN CHARINDEX(
                      CASE
                        WHEN (
                          22 <= LEN(CONCAT([src].[card], '.')) - 1
                          AND CHARINDEX(SUBSTRING([src].[card], 22, 1), '0123456789') > 0
                        )
                        AND NOT (
                          22 > LEN(CONCAT([src].[card], '.')) - 1 - 4
                        )
                        THEN CASE
                          WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 16), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
                          THEN SUBSTRING(
                            [src].[_dm_s11_1],
                            LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 16), '[^0-9]', ''), '.')) - 1,
                            1
                          )
                          ELSE '0'
                        END
                        ELSE SUBSTRING([src].[card], 22, 1)
                      END,
                      CASE
                        WHEN (
                          LEN(
                            CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 23, 1073741823), '[^0-9]', ''), '.')
                          ) - 1
                        ) % 2 = 1
                        THEN '0516273849'
                        ELSE '0123456789'
                      END
                    ) - 1
                    ELSE 0
                  END + CASE
                    WHEN (
                      23 <= LEN(CONCAT([src].[card], '.')) - 1
                      AND CHARINDEX(SUBSTRING([src].[card], 23, 1), '0123456789') > 0
                    )
                    AND LEN(
                      CONCAT(
                        REGEXP_REPLACE(
                          SUBSTRING(
                            [src].[card],
                            1,
                            CASE
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 <= 4
                              THEN 0
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 - 4 < 23
                              THEN LEN(CONCAT([src].[card], '.')) - 1 - 4
                              ELSE 23
                            END
                          ),
                          '[^0-9]+$',
                          ''
                        ),
                        '.'
                      )
                    ) - 1 <> 23
                    THEN CHARINDEX(
                      CASE
                        WHEN (
                          23 <= LEN(CONCAT([src].[card], '.')) - 1
                          AND CHARINDEX(SUBSTRING([src].[card], 23, 1), '0123456789') > 0
                        )
                        AND NOT (
                          23 > LEN(CONCAT([src].[card], '.')) - 1 - 4
                        )
                        THEN CASE
                          WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 17), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
                          THEN SUBSTRING(
                            [src].[_dm_s11_1],
                            LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 17), '[^0-9]', ''), '.')) - 1,
                            1
                          )
                          ELSE '0'
                        END
                        ELSE SUBSTRING([src].[card], 23, 1)
                      END,
                      CASE
                        WHEN (
                          LEN(
                            CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 24, 1073741823), '[^0-9]', ''), '.')
                          ) - 1
                        ) % 2 = 1
                        THEN '0516273849'
                        ELSE '0123456789'
                      END
                    ) - 1
                    ELSE 0
                  END
                ) % 10
              ) % 10 + 1 AS INTEGER),
              1
            )
            ELSE SUBSTRING(
              '0123456789',
              CAST((
                10 - (
                  CASE
                    WHEN (
                      1 <= LEN(CONCAT([src].[card], '.')) - 1
                      AND CHARINDEX(SUBSTRING([src].[card], 1, 1), '0123456789') > 0
                    )
                    AND LEN(
                      CONCAT(
                        REGEXP_REPLACE(
                          SUBSTRING(
                            [src].[card],
                            1,
                            CASE
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 <= 4
                              THEN 0
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 - 4 < 23
                              THEN LEN(CONCAT([src].[card], '.')) - 1 - 4
                              ELSE 23
                            END
                          ),
                          '[^0-9]+$',
                          ''
                        ),
                        '.'
                      )
                    ) - 1 <> 1
                    THEN CHARINDEX(
                      SUBSTRING([src].[card], 1, 1),
                      CASE
                        WHEN (
                          LEN(
                            CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 2, 1073741823), '[^0-9]', ''), '.')
                          ) - 1
                        ) % 2 = 1
                        THEN '0516273849'
                        ELSE '0123456789'
                      END
                    ) - 1
                    ELSE 0
                  END + CASE
                    WHEN (
                      2 <= LEN(CONCAT([src].[card], '.')) - 1
                      AND CHARINDEX(SUBSTRING([src].[card], 2, 1), '0123456789') > 0
                    )
                    AND LEN(
                      CONCAT(
                        REGEXP_REPLACE(
                          SUBSTRING(
                            [src].[card],
                            1,
                            CASE
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 <= 4
                              THEN 0
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 - 4 < 23
                              THEN LEN(CONCAT([src].[card], '.')) - 1 - 4
                              ELSE 23
                            END
                          ),
                          '[^0-9]+$',
                          ''
                        ),
                        '.'
                      )
                    ) - 1 <> 2
                    THEN CHARINDEX(
                      SUBSTRING([src].[card], 2, 1),
                      CASE
                        WHEN (
                          LEN(
                            CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 3, 1073741823), '[^0-9]', ''), '.')
                          ) - 1
                        ) % 2 = 1
                        THEN '0516273849'
                        ELSE '0123456789'
                      END
                    ) - 1
                    ELSE 0
                  END + CASE
                    WHEN (
                      3 <= LEN(CONCAT([src].[card], '.')) - 1
                      AND CHARINDEX(SUBSTRING([src].[card], 3, 1), '0123456789') > 0
                    )
                    AND LEN(
                      CONCAT(
                        REGEXP_REPLACE(
                          SUBSTRING(
                            [src].[card],
                            1,
                            CASE
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 <= 4
                              THEN 0
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 - 4 < 23
                              THEN LEN(CONCAT([src].[card], '.')) - 1 - 4
                              ELSE 23
                            END
                          ),
                          '[^0-9]+$',
                          ''
                        ),
                        '.'
                      )
                    ) - 1 <> 3
                    THEN CHARINDEX(
                      SUBSTRING([src].[card], 3, 1),
                      CASE
                        WHEN (
                          LEN(
                            CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 4, 1073741823), '[^0-9]', ''), '.')
                          ) - 1
                        ) % 2 = 1
                        THEN '0516273849'
                        ELSE '0123456789'
                      END
                    ) - 1
                    ELSE 0
                  END + CASE
                    WHEN (
                      4 <= LEN(CONCAT([src].[card], '.')) - 1
                      AND CHARINDEX(SUBSTRING([src].[card], 4, 1), '0123456789') > 0
                    )
                    AND LEN(
                      CONCAT(
                        REGEXP_REPLACE(
                          SUBSTRING(
                            [src].[card],
                            1,
                            CASE
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 <= 4
                              THEN 0
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 - 4 < 23
                              THEN LEN(CONCAT([src].[card], '.')) - 1 - 4
                              ELSE 23
                            END
                          ),
                          '[^0-9]+$',
                          ''
                        ),
                        '.'
                      )
                    ) - 1 <> 4
                    THEN CHARINDEX(
                      SUBSTRING([src].[card], 4, 1),
                      CASE
                        WHEN (
                          LEN(
                            CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 5, 1073741823), '[^0-9]', ''), '.')
                          ) - 1
                        ) % 2 = 1
                        THEN '0516273849'
                        ELSE '0123456789'
                      END
                    ) - 1
                    ELSE 0
                  END + CASE
                    WHEN (
                      5 <= LEN(CONCAT([src].[card], '.')) - 1
                      AND CHARINDEX(SUBSTRING([src].[card], 5, 1), '0123456789') > 0
                    )
                    AND LEN(
                      CONCAT(
                        REGEXP_REPLACE(
                          SUBSTRING(
                            [src].[card],
                            1,
                            CASE
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 <= 4
                              THEN 0
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 - 4 < 23
                              THEN LEN(CONCAT([src].[card], '.')) - 1 - 4
                              ELSE 23
                            END
                          ),
                          '[^0-9]+$',
                          ''
                        ),
                        '.'
                      )
                    ) - 1 <> 5
                    THEN CHARINDEX(
                      SUBSTRING([src].[card], 5, 1),
                      CASE
                        WHEN (
                          LEN(
                            CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 6, 1073741823), '[^0-9]', ''), '.')
                          ) - 1
                        ) % 2 = 1
                        THEN '0516273849'
                        ELSE '0123456789'
                      END
                    ) - 1
                    ELSE 0
                  END + CASE
                    WHEN (
                      6 <= LEN(CONCAT([src].[card], '.')) - 1
                      AND CHARINDEX(SUBSTRING([src].[card], 6, 1), '0123456789') > 0
                    )
                    AND LEN(
                      CONCAT(
                        REGEXP_REPLACE(
                          SUBSTRING(
                            [src].[card],
                            1,
                            CASE
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 <= 4
                              THEN 0
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 - 4 < 23
                              THEN LEN(CONCAT([src].[card], '.')) - 1 - 4
                              ELSE 23
                            END
                          ),
                          '[^0-9]+$',
                          ''
                        ),
                        '.'
                      )
                    ) - 1 <> 6
                    THEN CHARINDEX(
                      SUBSTRING([src].[card], 6, 1),
                      CASE
                        WHEN (
                          LEN(
                            CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 1073741823), '[^0-9]', ''), '.')
                          ) - 1
                        ) % 2 = 1
                        THEN '0516273849'
                        ELSE '0123456789'
                      END
                    ) - 1
                    ELSE 0
                  END + CASE
                    WHEN (
                      7 <= LEN(CONCAT([src].[card], '.')) - 1
                      AND CHARINDEX(SUBSTRING([src].[card], 7, 1), '0123456789') > 0
                    )
                    AND LEN(
                      CONCAT(
                        REGEXP_REPLACE(
                          SUBSTRING(
                            [src].[card],
                            1,
                            CASE
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 <= 4
                              THEN 0
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 - 4 < 23
                              THEN LEN(CONCAT([src].[card], '.')) - 1 - 4
                              ELSE 23
                            END
                          ),
                          '[^0-9]+$',
                          ''
                        ),
                        '.'
                      )
                    ) - 1 <> 7
                    THEN CHARINDEX(
                      CASE
                        WHEN (
                          7 <= LEN(CONCAT([src].[card], '.')) - 1
                          AND CHARINDEX(SUBSTRING([src].[card], 7, 1), '0123456789') > 0
                        )
                        AND NOT (
                          7 > LEN(CONCAT([src].[card], '.')) - 1 - 4
                        )
                        THEN CASE
                          WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 1), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
                          THEN SUBSTRING(
                            [src].[_dm_s11_1],
                            LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 1), '[^0-9]', ''), '.')) - 1,
                            1
                          )
                          ELSE '0'
                        END
                        ELSE SUBSTRING([src].[card], 7, 1)
                      END,
                      CASE
                        WHEN (
                          LEN(
                            CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 8, 1073741823), '[^0-9]', ''), '.')
                          ) - 1
                        ) % 2 = 1
                        THEN '0516273849'
                        ELSE '0123456789'
                      END
                    ) - 1
                    ELSE 0
                  END + CASE
                    WHEN (
                      8 <= LEN(CONCAT([src].[card], '.')) - 1
                      AND CHARINDEX(SUBSTRING([src].[card], 8, 1), '0123456789') > 0
                    )
                    AND LEN(
                      CONCAT(
                        REGEXP_REPLACE(
                          SUBSTRING(
                            [src].[card],
                            1,
                            CASE
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 <= 4
                              THEN 0
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 - 4 < 23
                              THEN LEN(CONCAT([src].[card], '.')) - 1 - 4
                              ELSE 23
                            END
                          ),
                          '[^0-9]+$',
                          ''
                        ),
                        '.'
                      )
                    ) - 1 <> 8
                    THEN CHARINDEX(
                      CASE
                        WHEN (
                          8 <= LEN(CONCAT([src].[card], '.')) - 1
                          AND CHARINDEX(SUBSTRING([src].[card], 8, 1), '0123456789') > 0
                        )
                        AND NOT (
                          8 > LEN(CONCAT([src].[card], '.')) - 1 - 4
                        )
                        THEN CASE
                          WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 2), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
                          THEN SUBSTRING(
                            [src].[_dm_s11_1],
                            LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 2), '[^0-9]', ''), '.')) - 1,
                            1
                          )
                          ELSE '0'
                        END
                        ELSE SUBSTRING([src].[card], 8, 1)
                      END,
                      CASE
                        WHEN (
                          LEN(
                            CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 9, 1073741823), '[^0-9]', ''), '.')
                          ) - 1
                        ) % 2 = 1
                        THEN '0516273849'
                        ELSE '0123456789'
                      END
                    ) - 1
                    ELSE 0
                  END + CASE
                    WHEN (
                      9 <= LEN(CONCAT([src].[card], '.')) - 1
                      AND CHARINDEX(SUBSTRING([src].[card], 9, 1), '0123456789') > 0
                    )
                    AND LEN(
                      CONCAT(
                        REGEXP_REPLACE(
                          SUBSTRING(
                            [src].[card],
                            1,
                            CASE
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 <= 4
                              THEN 0
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 - 4 < 23
                              THEN LEN(CONCAT([src].[card], '.')) - 1 - 4
                              ELSE 23
                            END
                          ),
                          '[^0-9]+$',
                          ''
                        ),
                        '.'
                      )
                    ) - 1 <> 9
                    THEN CHARINDEX(
                      CASE
                        WHEN (
                          9 <= LEN(CONCAT([src].[card], '.')) - 1
                          AND CHARINDEX(SUBSTRING([src].[card], 9, 1), '0123456789') > 0
                        )
                        AND NOT (
                          9 > LEN(CONCAT([src].[card], '.')) - 1 - 4
                        )
                        THEN CASE
                          WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 3), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
                          THEN SUBSTRING(
                            [src].[_dm_s11_1],
                            LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 3), '[^0-9]', ''), '.')) - 1,
                            1
                          )
                          ELSE '0'
                        END
                        ELSE SUBSTRING([src].[card], 9, 1)
                      END,
                      CASE
                        WHEN (
                          LEN(
                            CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 10, 1073741823), '[^0-9]', ''), '.')
                          ) - 1
                        ) % 2 = 1
                        THEN '0516273849'
                        ELSE '0123456789'
                      END
                    ) - 1
                    ELSE 0
                  END + CASE
                    WHEN (
                      10 <= LEN(CONCAT([src].[card], '.')) - 1
                      AND CHARINDEX(SUBSTRING([src].[card], 10, 1), '0123456789') > 0
                    )
                    AND LEN(
                      CONCAT(
                        REGEXP_REPLACE(
                          SUBSTRING(
                            [src].[card],
                            1,
                            CASE
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 <= 4
                              THEN 0
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 - 4 < 23
                              THEN LEN(CONCAT([src].[card], '.')) - 1 - 4
                              ELSE 23
                            END
                          ),
                          '[^0-9]+$',
                          ''
                        ),
                        '.'
                      )
                    ) - 1 <> 10
                    THEN CHARINDEX(
                      CASE
                        WHEN (
                          10 <= LEN(CONCAT([src].[card], '.')) - 1
                          AND CHARINDEX(SUBSTRING([src].[card], 10, 1), '0123456789') > 0
                        )
                        AND NOT (
                          10 > LEN(CONCAT([src].[card], '.')) - 1 - 4
                        )
                        THEN CASE
                          WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 4), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
                          THEN SUBSTRING(
                            [src].[_dm_s11_1],
                            LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 4), '[^0-9]', ''), '.')) - 1,
                            1
                          )
                          ELSE '0'
                        END
                        ELSE SUBSTRING([src].[card], 10, 1)
                      END,
                      CASE
                        WHEN (
                          LEN(
                            CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 11, 1073741823), '[^0-9]', ''), '.')
                          ) - 1
                        ) % 2 = 1
                        THEN '0516273849'
                        ELSE '0123456789'
                      END
                    ) - 1
                    ELSE 0
                  END + CASE
                    WHEN (
                      11 <= LEN(CONCAT([src].[card], '.')) - 1
                      AND CHARINDEX(SUBSTRING([src].[card], 11, 1), '0123456789') > 0
                    )
                    AND LEN(
                      CONCAT(
                        REGEXP_REPLACE(
                          SUBSTRING(
                            [src].[card],
                            1,
                            CASE
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 <= 4
                              THEN 0
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 - 4 < 23
                              THEN LEN(CONCAT([src].[card], '.')) - 1 - 4
                              ELSE 23
                            END
                          ),
                          '[^0-9]+$',
                          ''
                        ),
                        '.'
                      )
                    ) - 1 <> 11
                    THEN CHARINDEX(
                      CASE
                        WHEN (
                          11 <= LEN(CONCAT([src].[card], '.')) - 1
                          AND CHARINDEX(SUBSTRING([src].[card], 11, 1), '0123456789') > 0
                        )
                        AND NOT (
                          11 > LEN(CONCAT([src].[card], '.')) - 1 - 4
                        )
                        THEN CASE
                          WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 5), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
                          THEN SUBSTRING(
                            [src].[_dm_s11_1],
                            LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 5), '[^0-9]', ''), '.')) - 1,
                            1
                          )
                          ELSE '0'
                        END
                        ELSE SUBSTRING([src].[card], 11, 1)
                      END,
                      CASE
                        WHEN (
                          LEN(
                            CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 12, 1073741823), '[^0-9]', ''), '.')
                          ) - 1
                        ) % 2 = 1
                        THEN '0516273849'
                        ELSE '0123456789'
                      END
                    ) - 1
                    ELSE 0
                  END + CASE
                    WHEN (
                      12 <= LEN(CONCAT([src].[card], '.')) - 1
                      AND CHARINDEX(SUBSTRING([src].[card], 12, 1), '0123456789') > 0
                    )
                    AND LEN(
                      CONCAT(
                        REGEXP_REPLACE(
                          SUBSTRING(
                            [src].[card],
                            1,
                            CASE
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 <= 4
                              THEN 0
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 - 4 < 23
                              THEN LEN(CONCAT([src].[card], '.')) - 1 - 4
                              ELSE 23
                            END
                          ),
                          '[^0-9]+$',
                          ''
                        ),
                        '.'
                      )
                    ) - 1 <> 12
                    THEN CHARINDEX(
                      CASE
                        WHEN (
                          12 <= LEN(CONCAT([src].[card], '.')) - 1
                          AND CHARINDEX(SUBSTRING([src].[card], 12, 1), '0123456789') > 0
                        )
                        AND NOT (
                          12 > LEN(CONCAT([src].[card], '.')) - 1 - 4
                        )
                        THEN CASE
                          WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 6), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
                          THEN SUBSTRING(
                            [src].[_dm_s11_1],
                            LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 6), '[^0-9]', ''), '.')) - 1,
                            1
                          )
                          ELSE '0'
                        END
                        ELSE SUBSTRING([src].[card], 12, 1)
                      END,
                      CASE
                        WHEN (
                          LEN(
                            CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 13, 1073741823), '[^0-9]', ''), '.')
                          ) - 1
                        ) % 2 = 1
                        THEN '0516273849'
                        ELSE '0123456789'
                      END
                    ) - 1
                    ELSE 0
                  END + CASE
                    WHEN (
                      13 <= LEN(CONCAT([src].[card], '.')) - 1
                      AND CHARINDEX(SUBSTRING([src].[card], 13, 1), '0123456789') > 0
                    )
                    AND LEN(
                      CONCAT(
                        REGEXP_REPLACE(
                          SUBSTRING(
                            [src].[card],
                            1,
                            CASE
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 <= 4
                              THEN 0
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 - 4 < 23
                              THEN LEN(CONCAT([src].[card], '.')) - 1 - 4
                              ELSE 23
                            END
                          ),
                          '[^0-9]+$',
                          ''
                        ),
                        '.'
                      )
                    ) - 1 <> 13
                    THEN CHARINDEX(
                      CASE
                        WHEN (
                          13 <= LEN(CONCAT([src].[card], '.')) - 1
                          AND CHARINDEX(SUBSTRING([src].[card], 13, 1), '0123456789') > 0
                        )
                        AND NOT (
                          13 > LEN(CONCAT([src].[card], '.')) - 1 - 4
                        )
                        THEN CASE
                          WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 7), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
                          THEN SUBSTRING(
                            [src].[_dm_s11_1],
                            LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 7), '[^0-9]', ''), '.')) - 1,
                            1
                          )
                          ELSE '0'
                        END
                        ELSE SUBSTRING([src].[card], 13, 1)
                      END,
                      CASE
                        WHEN (
                          LEN(
                            CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 14, 1073741823), '[^0-9]', ''), '.')
                          ) - 1
                        ) % 2 = 1
                        THEN '0516273849'
                        ELSE '0123456789'
                      END
                    ) - 1
                    ELSE 0
                  END + CASE
                    WHEN (
                      14 <= LEN(CONCAT([src].[card], '.')) - 1
                      AND CHARINDEX(SUBSTRING([src].[card], 14, 1), '0123456789') > 0
                    )
                    AND LEN(
                      CONCAT(
                        REGEXP_REPLACE(
                          SUBSTRING(
                            [src].[card],
                            1,
                            CASE
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 <= 4
                              THEN 0
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 - 4 < 23
                              THEN LEN(CONCAT([src].[card], '.')) - 1 - 4
                              ELSE 23
                            END
                          ),
                          '[^0-9]+$',
                          ''
                        ),
                        '.'
                      )
                    ) - 1 <> 14
                    THEN CHARINDEX(
                      CASE
                        WHEN (
                          14 <= LEN(CONCAT([src].[card], '.')) - 1
                          AND CHARINDEX(SUBSTRING([src].[card], 14, 1), '0123456789') > 0
                        )
                        AND NOT (
                          14 > LEN(CONCAT([src].[card], '.')) - 1 - 4
                        )
                        THEN CASE
                          WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 8), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
                          THEN SUBSTRING(
                            [src].[_dm_s11_1],
                            LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 8), '[^0-9]', ''), '.')) - 1,
                            1
                          )
                          ELSE '0'
                        END
                        ELSE SUBSTRING([src].[card], 14, 1)
                      END,
                      CASE
                        WHEN (
                          LEN(
                            CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 15, 1073741823), '[^0-9]', ''), '.')
                          ) - 1
                        ) % 2 = 1
                        THEN '0516273849'
                        ELSE '0123456789'
                      END
                    ) - 1
                    ELSE 0
                  END + CASE
                    WHEN (
                      15 <= LEN(CONCAT([src].[card], '.')) - 1
                      AND CHARINDEX(SUBSTRING([src].[card], 15, 1), '0123456789') > 0
                    )
                    AND LEN(
                      CONCAT(
                        REGEXP_REPLACE(
                          SUBSTRING(
                            [src].[card],
                            1,
                            CASE
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 <= 4
                              THEN 0
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 - 4 < 23
                              THEN LEN(CONCAT([src].[card], '.')) - 1 - 4
                              ELSE 23
                            END
                          ),
                          '[^0-9]+$',
                          ''
                        ),
                        '.'
                      )
                    ) - 1 <> 15
                    THEN CHARINDEX(
                      CASE
                        WHEN (
                          15 <= LEN(CONCAT([src].[card], '.')) - 1
                          AND CHARINDEX(SUBSTRING([src].[card], 15, 1), '0123456789') > 0
                        )
                        AND NOT (
                          15 > LEN(CONCAT([src].[card], '.')) - 1 - 4
                        )
                        THEN CASE
                          WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 9), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
                          THEN SUBSTRING(
                            [src].[_dm_s11_1],
                            LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 9), '[^0-9]', ''), '.')) - 1,
                            1
                          )
                          ELSE '0'
                        END
                        ELSE SUBSTRING([src].[card], 15, 1)
                      END,
                      CASE
                        WHEN (
                          LEN(
                            CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 16, 1073741823), '[^0-9]', ''), '.')
                          ) - 1
                        ) % 2 = 1
                        THEN '0516273849'
                        ELSE '0123456789'
                      END
                    ) - 1
                    ELSE 0
                  END + CASE
                    WHEN (
                      16 <= LEN(CONCAT([src].[card], '.')) - 1
                      AND CHARINDEX(SUBSTRING([src].[card], 16, 1), '0123456789') > 0
                    )
                    AND LEN(
                      CONCAT(
                        REGEXP_REPLACE(
                          SUBSTRING(
                            [src].[card],
                            1,
                            CASE
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 <= 4
                              THEN 0
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 - 4 < 23
                              THEN LEN(CONCAT([src].[card], '.')) - 1 - 4
                              ELSE 23
                            END
                          ),
                          '[^0-9]+$',
                          ''
                        ),
                        '.'
                      )
                    ) - 1 <> 16
                    THEN CHARINDEX(
                      CASE
                        WHEN (
                          16 <= LEN(CONCAT([src].[card], '.')) - 1
                          AND CHARINDEX(SUBSTRING([src].[card], 16, 1), '0123456789') > 0
                        )
                        AND NOT (
                          16 > LEN(CONCAT([src].[card], '.')) - 1 - 4
                        )
                        THEN CASE
                          WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 10), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
                          THEN SUBSTRING(
                            [src].[_dm_s11_1],
                            LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 10), '[^0-9]', ''), '.')) - 1,
                            1
                          )
                          ELSE '0'
                        END
                        ELSE SUBSTRING([src].[card], 16, 1)
                      END,
                      CASE
                        WHEN (
                          LEN(
                            CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 17, 1073741823), '[^0-9]', ''), '.')
                          ) - 1
                        ) % 2 = 1
                        THEN '0516273849'
                        ELSE '0123456789'
                      END
                    ) - 1
                    ELSE 0
                  END + CASE
                    WHEN (
                      17 <= LEN(CONCAT([src].[card], '.')) - 1
                      AND CHARINDEX(SUBSTRING([src].[card], 17, 1), '0123456789') > 0
                    )
                    AND LEN(
                      CONCAT(
                        REGEXP_REPLACE(
                          SUBSTRING(
                            [src].[card],
                            1,
                            CASE
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 <= 4
                              THEN 0
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 - 4 < 23
                              THEN LEN(CONCAT([src].[card], '.')) - 1 - 4
                              ELSE 23
                            END
                          ),
                          '[^0-9]+$',
                          ''
                        ),
                        '.'
                      )
                    ) - 1 <> 17
                    THEN CHARINDEX(
                      CASE
                        WHEN (
                          17 <= LEN(CONCAT([src].[card], '.')) - 1
                          AND CHARINDEX(SUBSTRING([src].[card], 17, 1), '0123456789') > 0
                        )
                        AND NOT (
                          17 > LEN(CONCAT([src].[card], '.')) - 1 - 4
                        )
                        THEN CASE
                          WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 11), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
                          THEN SUBSTRING(
                            [src].[_dm_s11_1],
                            LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 11), '[^0-9]', ''), '.')) - 1,
                            1
                          )
                          ELSE '0'
                        END
                        ELSE SUBSTRING([src].[card], 17, 1)
                      END,
                      CASE
                        WHEN (
                          LEN(
                            CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 18, 1073741823), '[^0-9]', ''), '.')
                          ) - 1
                        ) % 2 = 1
                        THEN '0516273849'
                        ELSE '0123456789'
                      END
                    ) - 1
                    ELSE 0
                  END + CASE
                    WHEN (
                      18 <= LEN(CONCAT([src].[card], '.')) - 1
                      AND CHARINDEX(SUBSTRING([src].[card], 18, 1), '0123456789') > 0
                    )
                    AND LEN(
                      CONCAT(
                        REGEXP_REPLACE(
                          SUBSTRING(
                            [src].[card],
                            1,
                            CASE
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 <= 4
                              THEN 0
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 - 4 < 23
                              THEN LEN(CONCAT([src].[card], '.')) - 1 - 4
                              ELSE 23
                            END
                          ),
                          '[^0-9]+$',
                          ''
                        ),
                        '.'
                      )
                    ) - 1 <> 18
                    THEN CHARINDEX(
                      CASE
                        WHEN (
                          18 <= LEN(CONCAT([src].[card], '.')) - 1
                          AND CHARINDEX(SUBSTRING([src].[card], 18, 1), '0123456789') > 0
                        )
                        AND NOT (
                          18 > LEN(CONCAT([src].[card], '.')) - 1 - 4
                        )
                        THEN CASE
                          WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 12), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
                          THEN SUBSTRING(
                            [src].[_dm_s11_1],
                            LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 12), '[^0-9]', ''), '.')) - 1,
                            1
                          )
                          ELSE '0'
                        END
                        ELSE SUBSTRING([src].[card], 18, 1)
                      END,
                      CASE
                        WHEN (
                          LEN(
                            CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 19, 1073741823), '[^0-9]', ''), '.')
                          ) - 1
                        ) % 2 = 1
                        THEN '0516273849'
                        ELSE '0123456789'
                      END
                    ) - 1
                    ELSE 0
                  END + CASE
                    WHEN (
                      19 <= LEN(CONCAT([src].[card], '.')) - 1
                      AND CHARINDEX(SUBSTRING([src].[card], 19, 1), '0123456789') > 0
                    )
                    AND LEN(
                      CONCAT(
                        REGEXP_REPLACE(
                          SUBSTRING(
                            [src].[card],
                            1,
                            CASE
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 <= 4
                              THEN 0
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 - 4 < 23
                              THEN LEN(CONCAT([src].[card], '.')) - 1 - 4
                              ELSE 23
                            END
                          ),
                          '[^0-9]+$',
                          ''
                        ),
                        '.'
                      )
                    ) - 1 <> 19
                    THEN CHARINDEX(
                      CASE
                        WHEN (
                          19 <= LEN(CONCAT([src].[card], '.')) - 1
                          AND CHARINDEX(SUBSTRING([src].[card], 19, 1), '0123456789') > 0
                        )
                        AND NOT (
                          19 > LEN(CONCAT([src].[card], '.')) - 1 - 4
                        )
                        THEN CASE
                          WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 13), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
                          THEN SUBSTRING(
                            [src].[_dm_s11_1],
                            LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 13), '[^0-9]', ''), '.')) - 1,
                            1
                          )
                          ELSE '0'
                        END
                        ELSE SUBSTRING([src].[card], 19, 1)
                      END,
                      CASE
                        WHEN (
                          LEN(
                            CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 20, 1073741823), '[^0-9]', ''), '.')
                          ) - 1
                        ) % 2 = 1
                        THEN '0516273849'
                        ELSE '0123456789'
                      END
                    ) - 1
                    ELSE 0
                  END + CASE
                    WHEN (
                      20 <= LEN(CONCAT([src].[card], '.')) - 1
                      AND CHARINDEX(SUBSTRING([src].[card], 20, 1), '0123456789') > 0
                    )
                    AND LEN(
                      CONCAT(
                        REGEXP_REPLACE(
                          SUBSTRING(
                            [src].[card],
                            1,
                            CASE
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 <= 4
                              THEN 0
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 - 4 < 23
                              THEN LEN(CONCAT([src].[card], '.')) - 1 - 4
                              ELSE 23
                            END
                          ),
                          '[^0-9]+$',
                          ''
                        ),
                        '.'
                      )
                    ) - 1 <> 20
                    THEN CHARINDEX(
                      CASE
                        WHEN (
                          20 <= LEN(CONCAT([src].[card], '.')) - 1
                          AND CHARINDEX(SUBSTRING([src].[card], 20, 1), '0123456789') > 0
                        )
                        AND NOT (
                          20 > LEN(CONCAT([src].[card], '.')) - 1 - 4
                        )
                        THEN CASE
                          WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 14), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
                          THEN SUBSTRING(
                            [src].[_dm_s11_1],
                            LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 14), '[^0-9]', ''), '.')) - 1,
                            1
                          )
                          ELSE '0'
                        END
                        ELSE SUBSTRING([src].[card], 20, 1)
                      END,
                      CASE
                        WHEN (
                          LEN(
                            CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 21, 1073741823), '[^0-9]', ''), '.')
                          ) - 1
                        ) % 2 = 1
                        THEN '0516273849'
                        ELSE '0123456789'
                      END
                    ) - 1
                    ELSE 0
                  END + CASE
                    WHEN (
                      21 <= LEN(CONCAT([src].[card], '.')) - 1
                      AND CHARINDEX(SUBSTRING([src].[card], 21, 1), '0123456789') > 0
                    )
                    AND LEN(
                      CONCAT(
                        REGEXP_REPLACE(
                          SUBSTRING(
                            [src].[card],
                            1,
                            CASE
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 <= 4
                              THEN 0
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 - 4 < 23
                              THEN LEN(CONCAT([src].[card], '.')) - 1 - 4
                              ELSE 23
                            END
                          ),
                          '[^0-9]+$',
                          ''
                        ),
                        '.'
                      )
                    ) - 1 <> 21
                    THEN CHARINDEX(
                      CASE
                        WHEN (
                          21 <= LEN(CONCAT([src].[card], '.')) - 1
                          AND CHARINDEX(SUBSTRING([src].[card], 21, 1), '0123456789') > 0
                        )
                        AND NOT (
                          21 > LEN(CONCAT([src].[card], '.')) - 1 - 4
                        )
                        THEN CASE
                          WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 15), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
                          THEN SUBSTRING(
                            [src].[_dm_s11_1],
                            LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 15), '[^0-9]', ''), '.')) - 1,
                            1
                          )
                          ELSE '0'
                        END
                        ELSE SUBSTRING([src].[card], 21, 1)
                      END,
                      CASE
                        WHEN (
                          LEN(
                            CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 22, 1073741823), '[^0-9]', ''), '.')
                          ) - 1
                        ) % 2 = 1
                        THEN '0516273849'
                        ELSE '0123456789'
                      END
                    ) - 1
                    ELSE 0
                  END + CASE
                    WHEN (
                      22 <= LEN(CONCAT([src].[card], '.')) - 1
                      AND CHARINDEX(SUBSTRING([src].[card], 22, 1), '0123456789') > 0
                    )
                    AND LEN(
                      CONCAT(
                        REGEXP_REPLACE(
                          SUBSTRING(
                            [src].[card],
                            1,
                            CASE
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 <= 4
                              THEN 0
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 - 4 < 23
                              THEN LEN(CONCAT([src].[card], '.')) - 1 - 4
                              ELSE 23
                            END
                          ),
                          '[^0-9]+$',
                          ''
                        ),
                        '.'
                      )
                    ) - 1 <> 22
                    THEN CHARINDEX(
                      CASE
                        WHEN (
                          22 <= LEN(CONCAT([src].[card], '.')) - 1
                          AND CHARINDEX(SUBSTRING([src].[card], 22, 1), '0123456789') > 0
                        )
                        AND NOT (
                          22 > LEN(CONCAT([src].[card], '.')) - 1 - 4
                        )
                        THEN CASE
                          WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 16), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
                          THEN SUBSTRING(
                            [src].[_dm_s11_1],
                            LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 16), '[^0-9]', ''), '.')) - 1,
                            1
                          )
                          ELSE '0'
                        END
                        ELSE SUBSTRING([src].[card], 22, 1)
                      END,
                      CASE
                        WHEN (
                          LEN(
                            CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 23, 1073741823), '[^0-9]', ''), '.')
                          ) - 1
                        ) % 2 = 1
                        THEN '0516273849'
                        ELSE '0123456789'
                      END
                    ) - 1
                    ELSE 0
                  END + CASE
                    WHEN (
                      23 <= LEN(CONCAT([src].[card], '.')) - 1
                      AND CHARINDEX(SUBSTRING([src].[card], 23, 1), '0123456789') > 0
                    )
                    AND LEN(
                      CONCAT(
                        REGEXP_REPLACE(
                          SUBSTRING(
                            [src].[card],
                            1,
                            CASE
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 <= 4
                              THEN 0
                              WHEN LEN(CONCAT([src].[card], '.')) - 1 - 4 < 23
                              THEN LEN(CONCAT([src].[card], '.')) - 1 - 4
                              ELSE 23
                            END
                          ),
                          '[^0-9]+$',
                          ''
                        ),
                        '.'
                      )
                    ) - 1 <> 23
                    THEN CHARINDEX(
                      CASE
                        WHEN (
                          23 <= LEN(CONCAT([src].[card], '.')) - 1
                          AND CHARINDEX(SUBSTRING([src].[card], 23, 1), '0123456789') > 0
                        )
                        AND NOT (
                          23 > LEN(CONCAT([src].[card], '.')) - 1 - 4
                        )
                        THEN CASE
                          WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 17), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
                          THEN SUBSTRING(
                            [src].[_dm_s11_1],
                            LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 17), '[^0-9]', ''), '.')) - 1,
                            1
                          )
                          ELSE '0'
                        END
                        ELSE SUBSTRING([src].[card], 23, 1)
                      END,
                      CASE
                        WHEN (
                          LEN(
                            CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 24, 1073741823), '[^0-9]', ''), '.')
                          ) - 1
                        ) % 2 = 1
                        THEN '0516273849'
                        ELSE '0123456789'
                      END
                    ) - 1
                    ELSE 0
                  END
                ) % 10
              ) % 10 + 1 AS INTEGER),
              1
            )
          END,
          SUBSTRING(
            CONCAT(
              SUBSTRING([src].[card], 1, 1),
              SUBSTRING([src].[card], 2, 1),
              SUBSTRING([src].[card], 3, 1),
              SUBSTRING([src].[card], 4, 1),
              SUBSTRING([src].[card], 5, 1),
              SUBSTRING([src].[card], 6, 1),
              CASE
                WHEN (
                  7 <= LEN(CONCAT([src].[card], '.')) - 1
                  AND CHARINDEX(SUBSTRING([src].[card], 7, 1), '0123456789') > 0
                )
                AND NOT (
                  7 > LEN(CONCAT([src].[card], '.')) - 1 - 4
                )
                THEN CASE
                  WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 1), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
                  THEN SUBSTRING(
                    [src].[_dm_s11_1],
                    LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 1), '[^0-9]', ''), '.')) - 1,
                    1
                  )
                  ELSE '0'
                END
                ELSE SUBSTRING([src].[card], 7, 1)
              END,
              CASE
                WHEN (
                  8 <= LEN(CONCAT([src].[card], '.')) - 1
                  AND CHARINDEX(SUBSTRING([src].[card], 8, 1), '0123456789') > 0
                )
                AND NOT (
                  8 > LEN(CONCAT([src].[card], '.')) - 1 - 4
                )
                THEN CASE
                  WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 2), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
                  THEN SUBSTRING(
                    [src].[_dm_s11_1],
                    LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 2), '[^0-9]', ''), '.')) - 1,
                    1
                  )
                  ELSE '0'
                END
                ELSE SUBSTRING([src].[card], 8, 1)
              END,
              CASE
                WHEN (
                  9 <= LEN(CONCAT([src].[card], '.')) - 1
                  AND CHARINDEX(SUBSTRING([src].[card], 9, 1), '0123456789') > 0
                )
                AND NOT (
                  9 > LEN(CONCAT([src].[card], '.')) - 1 - 4
                )
                THEN CASE
                  WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 3), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
                  THEN SUBSTRING(
                    [src].[_dm_s11_1],
                    LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 3), '[^0-9]', ''), '.')) - 1,
                    1
                  )
                  ELSE '0'
                END
                ELSE SUBSTRING([src].[card], 9, 1)
              END,
              CASE
                WHEN (
                  10 <= LEN(CONCAT([src].[card], '.')) - 1
                  AND CHARINDEX(SUBSTRING([src].[card], 10, 1), '0123456789') > 0
                )
                AND NOT (
                  10 > LEN(CONCAT([src].[card], '.')) - 1 - 4
                )
                THEN CASE
                  WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 4), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
                  THEN SUBSTRING(
                    [src].[_dm_s11_1],
                    LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 4), '[^0-9]', ''), '.')) - 1,
                    1
                  )
                  ELSE '0'
                END
                ELSE SUBSTRING([src].[card], 10, 1)
              END,
              CASE
                WHEN (
                  11 <= LEN(CONCAT([src].[card], '.')) - 1
                  AND CHARINDEX(SUBSTRING([src].[card], 11, 1), '0123456789') > 0
                )
                AND NOT (
                  11 > LEN(CONCAT([src].[card], '.')) - 1 - 4
                )
                THEN CASE
                  WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 5), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
                  THEN SUBSTRING(
                    [src].[_dm_s11_1],
                    LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 5), '[^0-9]', ''), '.')) - 1,
                    1
                  )
                  ELSE '0'
                END
                ELSE SUBSTRING([src].[card], 11, 1)
              END,
              CASE
                WHEN (
                  12 <= LEN(CONCAT([src].[card], '.')) - 1
                  AND CHARINDEX(SUBSTRING([src].[card], 12, 1), '0123456789') > 0
                )
                AND NOT (
                  12 > LEN(CONCAT([src].[card], '.')) - 1 - 4
                )
                THEN CASE
                  WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 6), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
                  THEN SUBSTRING(
                    [src].[_dm_s11_1],
                    LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 6), '[^0-9]', ''), '.')) - 1,
                    1
                  )
                  ELSE '0'
                END
                ELSE SUBSTRING([src].[card], 12, 1)
              END,
              CASE
                WHEN (
                  13 <= LEN(CONCAT([src].[card], '.')) - 1
                  AND CHARINDEX(SUBSTRING([src].[card], 13, 1), '0123456789') > 0
                )
                AND NOT (
                  13 > LEN(CONCAT([src].[card], '.')) - 1 - 4
                )
                THEN CASE
                  WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 7), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
                  THEN SUBSTRING(
                    [src].[_dm_s11_1],
                    LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 7), '[^0-9]', ''), '.')) - 1,
                    1
                  )
                  ELSE '0'
                END
                ELSE SUBSTRING([src].[card], 13, 1)
              END,
              CASE
                WHEN (
                  14 <= LEN(CONCAT([src].[card], '.')) - 1
                  AND CHARINDEX(SUBSTRING([src].[card], 14, 1), '0123456789') > 0
                )
                AND NOT (
                  14 > LEN(CONCAT([src].[card], '.')) - 1 - 4
                )
                THEN CASE
                  WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 8), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
                  THEN SUBSTRING(
                    [src].[_dm_s11_1],
                    LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 8), '[^0-9]', ''), '.')) - 1,
                    1
                  )
                  ELSE '0'
                END
                ELSE SUBSTRING([src].[card], 14, 1)
              END,
              CASE
                WHEN (
                  15 <= LEN(CONCAT([src].[card], '.')) - 1
                  AND CHARINDEX(SUBSTRING([src].[card], 15, 1), '0123456789') > 0
                )
                AND NOT (
                  15 > LEN(CONCAT([src].[card], '.')) - 1 - 4
                )
                THEN CASE
                  WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 9), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
                  THEN SUBSTRING(
                    [src].[_dm_s11_1],
                    LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 9), '[^0-9]', ''), '.')) - 1,
                    1
                  )
                  ELSE '0'
                END
                ELSE SUBSTRING([src].[card], 15, 1)
              END,
              CASE
                WHEN (
                  16 <= LEN(CONCAT([src].[card], '.')) - 1
                  AND CHARINDEX(SUBSTRING([src].[card], 16, 1), '0123456789') > 0
                )
                AND NOT (
                  16 > LEN(CONCAT([src].[card], '.')) - 1 - 4
                )
                THEN CASE
                  WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 10), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
                  THEN SUBSTRING(
                    [src].[_dm_s11_1],
                    LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 10), '[^0-9]', ''), '.')) - 1,
                    1
                  )
                  ELSE '0'
                END
                ELSE SUBSTRING([src].[card], 16, 1)
              END,
              CASE
                WHEN (
                  17 <= LEN(CONCAT([src].[card], '.')) - 1
                  AND CHARINDEX(SUBSTRING([src].[card], 17, 1), '0123456789') > 0
                )
                AND NOT (
                  17 > LEN(CONCAT([src].[card], '.')) - 1 - 4
                )
                THEN CASE
                  WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 11), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
                  THEN SUBSTRING(
                    [src].[_dm_s11_1],
                    LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 11), '[^0-9]', ''), '.')) - 1,
                    1
                  )
                  ELSE '0'
                END
                ELSE SUBSTRING([src].[card], 17, 1)
              END,
              CASE
                WHEN (
                  18 <= LEN(CONCAT([src].[card], '.')) - 1
                  AND CHARINDEX(SUBSTRING([src].[card], 18, 1), '0123456789') > 0
                )
                AND NOT (
                  18 > LEN(CONCAT([src].[card], '.')) - 1 - 4
                )
                THEN CASE
                  WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 12), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
                  THEN SUBSTRING(
                    [src].[_dm_s11_1],
                    LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 12), '[^0-9]', ''), '.')) - 1,
                    1
                  )
                  ELSE '0'
                END
                ELSE SUBSTRING([src].[card], 18, 1)
              END,
              CASE
                WHEN (
                  19 <= LEN(CONCAT([src].[card], '.')) - 1
                  AND CHARINDEX(SUBSTRING([src].[card], 19, 1), '0123456789') > 0
                )
                AND NOT (
                  19 > LEN(CONCAT([src].[card], '.')) - 1 - 4
                )
                THEN CASE
                  WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 13), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
                  THEN SUBSTRING(
                    [src].[_dm_s11_1],
                    LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 13), '[^0-9]', ''), '.')) - 1,
                    1
                  )
                  ELSE '0'
                END
                ELSE SUBSTRING([src].[card], 19, 1)
              END,
              CASE
                WHEN (
                  20 <= LEN(CONCAT([src].[card], '.')) - 1
                  AND CHARINDEX(SUBSTRING([src].[card], 20, 1), '0123456789') > 0
                )
                AND NOT (
                  20 > LEN(CONCAT([src].[card], '.')) - 1 - 4
                )
                THEN CASE
                  WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 14), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
                  THEN SUBSTRING(
                    [src].[_dm_s11_1],
                    LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 14), '[^0-9]', ''), '.')) - 1,
                    1
                  )
                  ELSE '0'
                END
                ELSE SUBSTRING([src].[card], 20, 1)
              END,
              CASE
                WHEN (
                  21 <= LEN(CONCAT([src].[card], '.')) - 1
                  AND CHARINDEX(SUBSTRING([src].[card], 21, 1), '0123456789') > 0
                )
                AND NOT (
                  21 > LEN(CONCAT([src].[card], '.')) - 1 - 4
                )
                THEN CASE
                  WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 15), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
                  THEN SUBSTRING(
                    [src].[_dm_s11_1],
                    LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 15), '[^0-9]', ''), '.')) - 1,
                    1
                  )
                  ELSE '0'
                END
                ELSE SUBSTRING([src].[card], 21, 1)
              END,
              CASE
                WHEN (
                  22 <= LEN(CONCAT([src].[card], '.')) - 1
                  AND CHARINDEX(SUBSTRING([src].[card], 22, 1), '0123456789') > 0
                )
                AND NOT (
                  22 > LEN(CONCAT([src].[card], '.')) - 1 - 4
                )
                THEN CASE
                  WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 16), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
                  THEN SUBSTRING(
                    [src].[_dm_s11_1],
                    LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 16), '[^0-9]', ''), '.')) - 1,
                    1
                  )
                  ELSE '0'
                END
                ELSE SUBSTRING([src].[card], 22, 1)
              END,
              CASE
                WHEN (
                  23 <= LEN(CONCAT([src].[card], '.')) - 1
                  AND CHARINDEX(SUBSTRING([src].[card], 23, 1), '0123456789') > 0
                )
                AND NOT (
                  23 > LEN(CONCAT([src].[card], '.')) - 1 - 4
                )
                THEN CASE
                  WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 17), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
                  THEN SUBSTRING(
                    [src].[_dm_s11_1],
                    LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 17), '[^0-9]', ''), '.')) - 1,
                    1
                  )
                  ELSE '0'
                END
                ELSE SUBSTRING([src].[card], 23, 1)
              END,
              REGEXP_REPLACE(SUBSTRING([src].[card], 24, 1073741823), '[0-9]', '0')
            ),
            LEN(
              CONCAT(
                REGEXP_REPLACE(
                  SUBSTRING(
                    [src].[card],
                    1,
                    CASE
                      WHEN LEN(CONCAT([src].[card], '.')) - 1 <= 4
                      THEN 0
                      WHEN LEN(CONCAT([src].[card], '.')) - 1 - 4 < 23
                      THEN LEN(CONCAT([src].[card], '.')) - 1 - 4
                      ELSE 23
                    END
                  ),
                  '[^0-9]+$',
                  ''
                ),
                '.'
              )
            ) - 1 + 1,
            1073741823
          )
        )
        ELSE CONCAT(
          SUBSTRING([src].[card], 1, 1),
          SUBSTRING([src].[card], 2, 1),
          SUBSTRING([src].[card], 3, 1),
          SUBSTRING([src].[card], 4, 1),
          SUBSTRING([src].[card], 5, 1),
          SUBSTRING([src].[card], 6, 1),
          CASE
            WHEN (
              7 <= LEN(CONCAT([src].[card], '.')) - 1
              AND CHARINDEX(SUBSTRING([src].[card], 7, 1), '0123456789') > 0
            )
            AND NOT (
              7 > LEN(CONCAT([src].[card], '.')) - 1 - 4
            )
            THEN CASE
              WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 1), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
              THEN SUBSTRING(
                [src].[_dm_s11_1],
                LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 1), '[^0-9]', ''), '.')) - 1,
                1
              )
              ELSE '0'
            END
            ELSE SUBSTRING([src].[card], 7, 1)
          END,
          CASE
            WHEN (
              8 <= LEN(CONCAT([src].[card], '.')) - 1
              AND CHARINDEX(SUBSTRING([src].[card], 8, 1), '0123456789') > 0
            )
            AND NOT (
              8 > LEN(CONCAT([src].[card], '.')) - 1 - 4
            )
            THEN CASE
              WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 2), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
              THEN SUBSTRING(
                [src].[_dm_s11_1],
                LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 2), '[^0-9]', ''), '.')) - 1,
                1
              )
              ELSE '0'
            END
            ELSE SUBSTRING([src].[card], 8, 1)
          END,
          CASE
            WHEN (
              9 <= LEN(CONCAT([src].[card], '.')) - 1
              AND CHARINDEX(SUBSTRING([src].[card], 9, 1), '0123456789') > 0
            )
            AND NOT (
              9 > LEN(CONCAT([src].[card], '.')) - 1 - 4
            )
            THEN CASE
              WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 3), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
              THEN SUBSTRING(
                [src].[_dm_s11_1],
                LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 3), '[^0-9]', ''), '.')) - 1,
                1
              )
              ELSE '0'
            END
            ELSE SUBSTRING([src].[card], 9, 1)
          END,
          CASE
            WHEN (
              10 <= LEN(CONCAT([src].[card], '.')) - 1
              AND CHARINDEX(SUBSTRING([src].[card], 10, 1), '0123456789') > 0
            )
            AND NOT (
              10 > LEN(CONCAT([src].[card], '.')) - 1 - 4
            )
            THEN CASE
              WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 4), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
              THEN SUBSTRING(
                [src].[_dm_s11_1],
                LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 4), '[^0-9]', ''), '.')) - 1,
                1
              )
              ELSE '0'
            END
            ELSE SUBSTRING([src].[card], 10, 1)
          END,
          CASE
            WHEN (
              11 <= LEN(CONCAT([src].[card], '.')) - 1
              AND CHARINDEX(SUBSTRING([src].[card], 11, 1), '0123456789') > 0
            )
            AND NOT (
              11 > LEN(CONCAT([src].[card], '.')) - 1 - 4
            )
            THEN CASE
              WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 5), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
              THEN SUBSTRING(
                [src].[_dm_s11_1],
                LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 5), '[^0-9]', ''), '.')) - 1,
                1
              )
              ELSE '0'
            END
            ELSE SUBSTRING([src].[card], 11, 1)
          END,
          CASE
            WHEN (
              12 <= LEN(CONCAT([src].[card], '.')) - 1
              AND CHARINDEX(SUBSTRING([src].[card], 12, 1), '0123456789') > 0
            )
            AND NOT (
              12 > LEN(CONCAT([src].[card], '.')) - 1 - 4
            )
            THEN CASE
              WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 6), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
              THEN SUBSTRING(
                [src].[_dm_s11_1],
                LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 6), '[^0-9]', ''), '.')) - 1,
                1
              )
              ELSE '0'
            END
            ELSE SUBSTRING([src].[card], 12, 1)
          END,
          CASE
            WHEN (
              13 <= LEN(CONCAT([src].[card], '.')) - 1
              AND CHARINDEX(SUBSTRING([src].[card], 13, 1), '0123456789') > 0
            )
            AND NOT (
              13 > LEN(CONCAT([src].[card], '.')) - 1 - 4
            )
            THEN CASE
              WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 7), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
              THEN SUBSTRING(
                [src].[_dm_s11_1],
                LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 7), '[^0-9]', ''), '.')) - 1,
                1
              )
              ELSE '0'
            END
            ELSE SUBSTRING([src].[card], 13, 1)
          END,
          CASE
            WHEN (
              14 <= LEN(CONCAT([src].[card], '.')) - 1
              AND CHARINDEX(SUBSTRING([src].[card], 14, 1), '0123456789') > 0
            )
            AND NOT (
              14 > LEN(CONCAT([src].[card], '.')) - 1 - 4
            )
            THEN CASE
              WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 8), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
              THEN SUBSTRING(
                [src].[_dm_s11_1],
                LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 8), '[^0-9]', ''), '.')) - 1,
                1
              )
              ELSE '0'
            END
            ELSE SUBSTRING([src].[card], 14, 1)
          END,
          CASE
            WHEN (
              15 <= LEN(CONCAT([src].[card], '.')) - 1
              AND CHARINDEX(SUBSTRING([src].[card], 15, 1), '0123456789') > 0
            )
            AND NOT (
              15 > LEN(CONCAT([src].[card], '.')) - 1 - 4
            )
            THEN CASE
              WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 9), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
              THEN SUBSTRING(
                [src].[_dm_s11_1],
                LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 9), '[^0-9]', ''), '.')) - 1,
                1
              )
              ELSE '0'
            END
            ELSE SUBSTRING([src].[card], 15, 1)
          END,
          CASE
            WHEN (
              16 <= LEN(CONCAT([src].[card], '.')) - 1
              AND CHARINDEX(SUBSTRING([src].[card], 16, 1), '0123456789') > 0
            )
            AND NOT (
              16 > LEN(CONCAT([src].[card], '.')) - 1 - 4
            )
            THEN CASE
              WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 10), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
              THEN SUBSTRING(
                [src].[_dm_s11_1],
                LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 10), '[^0-9]', ''), '.')) - 1,
                1
              )
              ELSE '0'
            END
            ELSE SUBSTRING([src].[card], 16, 1)
          END,
          CASE
            WHEN (
              17 <= LEN(CONCAT([src].[card], '.')) - 1
              AND CHARINDEX(SUBSTRING([src].[card], 17, 1), '0123456789') > 0
            )
            AND NOT (
              17 > LEN(CONCAT([src].[card], '.')) - 1 - 4
            )
            THEN CASE
              WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 11), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
              THEN SUBSTRING(
                [src].[_dm_s11_1],
                LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 11), '[^0-9]', ''), '.')) - 1,
                1
              )
              ELSE '0'
            END
            ELSE SUBSTRING([src].[card], 17, 1)
          END,
          CASE
            WHEN (
              18 <= LEN(CONCAT([src].[card], '.')) - 1
              AND CHARINDEX(SUBSTRING([src].[card], 18, 1), '0123456789') > 0
            )
            AND NOT (
              18 > LEN(CONCAT([src].[card], '.')) - 1 - 4
            )
            THEN CASE
              WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 12), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
              THEN SUBSTRING(
                [src].[_dm_s11_1],
                LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 12), '[^0-9]', ''), '.')) - 1,
                1
              )
              ELSE '0'
            END
            ELSE SUBSTRING([src].[card], 18, 1)
          END,
          CASE
            WHEN (
              19 <= LEN(CONCAT([src].[card], '.')) - 1
              AND CHARINDEX(SUBSTRING([src].[card], 19, 1), '0123456789') > 0
            )
            AND NOT (
              19 > LEN(CONCAT([src].[card], '.')) - 1 - 4
            )
            THEN CASE
              WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 13), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
              THEN SUBSTRING(
                [src].[_dm_s11_1],
                LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 13), '[^0-9]', ''), '.')) - 1,
                1
              )
              ELSE '0'
            END
            ELSE SUBSTRING([src].[card], 19, 1)
          END,
          CASE
            WHEN (
              20 <= LEN(CONCAT([src].[card], '.')) - 1
              AND CHARINDEX(SUBSTRING([src].[card], 20, 1), '0123456789') > 0
            )
            AND NOT (
              20 > LEN(CONCAT([src].[card], '.')) - 1 - 4
            )
            THEN CASE
              WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 14), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
              THEN SUBSTRING(
                [src].[_dm_s11_1],
                LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 14), '[^0-9]', ''), '.')) - 1,
                1
              )
              ELSE '0'
            END
            ELSE SUBSTRING([src].[card], 20, 1)
          END,
          CASE
            WHEN (
              21 <= LEN(CONCAT([src].[card], '.')) - 1
              AND CHARINDEX(SUBSTRING([src].[card], 21, 1), '0123456789') > 0
            )
            AND NOT (
              21 > LEN(CONCAT([src].[card], '.')) - 1 - 4
            )
            THEN CASE
              WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 15), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
              THEN SUBSTRING(
                [src].[_dm_s11_1],
                LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 15), '[^0-9]', ''), '.')) - 1,
                1
              )
              ELSE '0'
            END
            ELSE SUBSTRING([src].[card], 21, 1)
          END,
          CASE
            WHEN (
              22 <= LEN(CONCAT([src].[card], '.')) - 1
              AND CHARINDEX(SUBSTRING([src].[card], 22, 1), '0123456789') > 0
            )
            AND NOT (
              22 > LEN(CONCAT([src].[card], '.')) - 1 - 4
            )
            THEN CASE
              WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 16), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
              THEN SUBSTRING(
                [src].[_dm_s11_1],
                LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 16), '[^0-9]', ''), '.')) - 1,
                1
              )
              ELSE '0'
            END
            ELSE SUBSTRING([src].[card], 22, 1)
          END,
          CASE
            WHEN (
              23 <= LEN(CONCAT([src].[card], '.')) - 1
              AND CHARINDEX(SUBSTRING([src].[card], 23, 1), '0123456789') > 0
            )
            AND NOT (
              23 > LEN(CONCAT([src].[card], '.')) - 1 - 4
            )
            THEN CASE
              WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 17), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
              THEN SUBSTRING(
                [src].[_dm_s11_1],
                LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[card], 7, 17), '[^0-9]', ''), '.')) - 1,
                1
              )
              ELSE '0'
            END
            ELSE SUBSTRING([src].[card], 23, 1)
          END,
          REGEXP_REPLACE(SUBSTRING([src].[card], 24, 1073741823), '[0-9]', '0')
        )
      END
    END AS VARCHAR(23)) AS [card],
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
          THEN CASE
            WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[phone], 4, 1), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_2], '.')) - 1
            THEN SUBSTRING(
              [src].[_dm_s11_2],
              LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[phone], 4, 1), '[^0-9]', ''), '.')) - 1,
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING([src].[phone], 4, 1)
        END,
        CASE
          WHEN 5 <= LEN(CONCAT([src].[phone], '.')) - 1
          AND CHARINDEX(SUBSTRING([src].[phone], 5, 1), '0123456789') > 0
          THEN CASE
            WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[phone], 4, 2), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_2], '.')) - 1
            THEN SUBSTRING(
              [src].[_dm_s11_2],
              LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[phone], 4, 2), '[^0-9]', ''), '.')) - 1,
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING([src].[phone], 5, 1)
        END,
        CASE
          WHEN 6 <= LEN(CONCAT([src].[phone], '.')) - 1
          AND CHARINDEX(SUBSTRING([src].[phone], 6, 1), '0123456789') > 0
          THEN CASE
            WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[phone], 4, 3), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_2], '.')) - 1
            THEN SUBSTRING(
              [src].[_dm_s11_2],
              LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[phone], 4, 3), '[^0-9]', ''), '.')) - 1,
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING([src].[phone], 6, 1)
        END,
        CASE
          WHEN 7 <= LEN(CONCAT([src].[phone], '.')) - 1
          AND CHARINDEX(SUBSTRING([src].[phone], 7, 1), '0123456789') > 0
          THEN CASE
            WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[phone], 4, 4), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_2], '.')) - 1
            THEN SUBSTRING(
              [src].[_dm_s11_2],
              LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[phone], 4, 4), '[^0-9]', ''), '.')) - 1,
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING([src].[phone], 7, 1)
        END,
        CASE
          WHEN 8 <= LEN(CONCAT([src].[phone], '.')) - 1
          AND CHARINDEX(SUBSTRING([src].[phone], 8, 1), '0123456789') > 0
          THEN CASE
            WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[phone], 4, 5), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_2], '.')) - 1
            THEN SUBSTRING(
              [src].[_dm_s11_2],
              LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[phone], 4, 5), '[^0-9]', ''), '.')) - 1,
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING([src].[phone], 8, 1)
        END,
        CASE
          WHEN 9 <= LEN(CONCAT([src].[phone], '.')) - 1
          AND CHARINDEX(SUBSTRING([src].[phone], 9, 1), '0123456789') > 0
          THEN CASE
            WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[phone], 4, 6), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_2], '.')) - 1
            THEN SUBSTRING(
              [src].[_dm_s11_2],
              LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[phone], 4, 6), '[^0-9]', ''), '.')) - 1,
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING([src].[phone], 9, 1)
        END,
        CASE
          WHEN 10 <= LEN(CONCAT([src].[phone], '.')) - 1
          AND CHARINDEX(SUBSTRING([src].[phone], 10, 1), '0123456789') > 0
          THEN CASE
            WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[phone], 4, 7), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_2], '.')) - 1
            THEN SUBSTRING(
              [src].[_dm_s11_2],
              LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[phone], 4, 7), '[^0-9]', ''), '.')) - 1,
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING([src].[phone], 10, 1)
        END,
        CASE
          WHEN 11 <= LEN(CONCAT([src].[phone], '.')) - 1
          AND CHARINDEX(SUBSTRING([src].[phone], 11, 1), '0123456789') > 0
          THEN CASE
            WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[phone], 4, 8), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_2], '.')) - 1
            THEN SUBSTRING(
              [src].[_dm_s11_2],
              LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[phone], 4, 8), '[^0-9]', ''), '.')) - 1,
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING([src].[phone], 11, 1)
        END,
        CASE
          WHEN 12 <= LEN(CONCAT([src].[phone], '.')) - 1
          AND CHARINDEX(SUBSTRING([src].[phone], 12, 1), '0123456789') > 0
          THEN CASE
            WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[phone], 4, 9), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_2], '.')) - 1
            THEN SUBSTRING(
              [src].[_dm_s11_2],
              LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[phone], 4, 9), '[^0-9]', ''), '.')) - 1,
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING([src].[phone], 12, 1)
        END,
        CASE
          WHEN 13 <= LEN(CONCAT([src].[phone], '.')) - 1
          AND CHARINDEX(SUBSTRING([src].[phone], 13, 1), '0123456789') > 0
          THEN CASE
            WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[phone], 4, 10), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_2], '.')) - 1
            THEN SUBSTRING(
              [src].[_dm_s11_2],
              LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[phone], 4, 10), '[^0-9]', ''), '.')) - 1,
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING([src].[phone], 13, 1)
        END,
        CASE
          WHEN 14 <= LEN(CONCAT([src].[phone], '.')) - 1
          AND CHARINDEX(SUBSTRING([src].[phone], 14, 1), '0123456789') > 0
          THEN CASE
            WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[phone], 4, 11), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_2], '.')) - 1
            THEN SUBSTRING(
              [src].[_dm_s11_2],
              LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[phone], 4, 11), '[^0-9]', ''), '.')) - 1,
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING([src].[phone], 14, 1)
        END,
        CASE
          WHEN 15 <= LEN(CONCAT([src].[phone], '.')) - 1
          AND CHARINDEX(SUBSTRING([src].[phone], 15, 1), '0123456789') > 0
          THEN CASE
            WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[phone], 4, 12), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_2], '.')) - 1
            THEN SUBSTRING(
              [src].[_dm_s11_2],
              LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[phone], 4, 12), '[^0-9]', ''), '.')) - 1,
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING([src].[phone], 15, 1)
        END,
        CASE
          WHEN 16 <= LEN(CONCAT([src].[phone], '.')) - 1
          AND CHARINDEX(SUBSTRING([src].[phone], 16, 1), '0123456789') > 0
          THEN CASE
            WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[phone], 4, 13), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_2], '.')) - 1
            THEN SUBSTRING(
              [src].[_dm_s11_2],
              LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[phone], 4, 13), '[^0-9]', ''), '.')) - 1,
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING([src].[phone], 16, 1)
        END,
        CASE
          WHEN 17 <= LEN(CONCAT([src].[phone], '.')) - 1
          AND CHARINDEX(SUBSTRING([src].[phone], 17, 1), '0123456789') > 0
          THEN CASE
            WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[phone], 4, 14), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_2], '.')) - 1
            THEN SUBSTRING(
              [src].[_dm_s11_2],
              LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[phone], 4, 14), '[^0-9]', ''), '.')) - 1,
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING([src].[phone], 17, 1)
        END,
        CASE
          WHEN 18 <= LEN(CONCAT([src].[phone], '.')) - 1
          AND CHARINDEX(SUBSTRING([src].[phone], 18, 1), '0123456789') > 0
          THEN CASE
            WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[phone], 4, 15), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_2], '.')) - 1
            THEN SUBSTRING(
              [src].[_dm_s11_2],
              LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[phone], 4, 15), '[^0-9]', ''), '.')) - 1,
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING([src].[phone], 18, 1)
        END,
        CASE
          WHEN 19 <= LEN(CONCAT([src].[phone], '.')) - 1
          AND CHARINDEX(SUBSTRING([src].[phone], 19, 1), '0123456789') > 0
          THEN CASE
            WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[phone], 4, 16), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_2], '.')) - 1
            THEN SUBSTRING(
              [src].[_dm_s11_2],
              LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[phone], 4, 16), '[^0-9]', ''), '.')) - 1,
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING([src].[phone], 19, 1)
        END,
        CASE
          WHEN 20 <= LEN(CONCAT([src].[phone], '.')) - 1
          AND CHARINDEX(SUBSTRING([src].[phone], 20, 1), '0123456789') > 0
          THEN CASE
            WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[phone], 4, 17), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_2], '.')) - 1
            THEN SUBSTRING(
              [src].[_dm_s11_2],
              LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[phone], 4, 17), '[^0-9]', ''), '.')) - 1,
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING([src].[phone], 20, 1)
        END,
        REGEXP_REPLACE(SUBSTRING([src].[phone], 21, 1073741823), '[0-9]', '0')
      )
    END AS VARCHAR(20)) AS [phone]
  FROM (
    SELECT
      [src].*,
      CONCAT(
        SUBSTRING(
          CONCAT(REPLICATE('0', [src].[_dm_s2_2]), CAST([src].[_dm_s10_1] AS NVARCHAR(MAX))),
          LEN(CONCAT(CAST([src].[_dm_s10_1] AS NVARCHAR(MAX)), '.')) - 1 + 1,
          1073741823
        ),
        SUBSTRING(
          CONCAT(REPLICATE('0', [src].[_dm_s2_3]), CAST([src].[_dm_s10_2] AS NVARCHAR(MAX))),
          LEN(CONCAT(CAST([src].[_dm_s10_2] AS NVARCHAR(MAX)), '.')) - 1 + 1,
          1073741823
        )
      ) AS [_dm_s11_1],
      CONCAT(
        SUBSTRING(
          CONCAT(REPLICATE('0', [src].[_dm_s2_9]), CAST([src].[_dm_s10_3] AS NVARCHAR(MAX))),
          LEN(CONCAT(CAST([src].[_dm_s10_3] AS NVARCHAR(MAX)), '.')) - 1 + 1,
          1073741823
        ),
        SUBSTRING(
          CONCAT(REPLICATE('0', [src].[_dm_s2_10]), CAST([src].[_dm_s10_4] AS NVARCHAR(MAX))),
          LEN(CONCAT(CAST([src].[_dm_s10_4] AS NVARCHAR(MAX)), '.')) - 1 + 1,
          1073741823
        )
      ) AS [_dm_s11_2]
    FROM (
      SELECT
        [src].*,
        [src].[_dm_s9_2] AS [_dm_s10_1],
        (
          [src].[_dm_s9_1] + CAST(CONVERT(
            VARBINARY(8),
            CONCAT(
              '0x',
              RIGHT(
                CONCAT(
                  '0000000000000000',
                  SUBSTRING(
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
                            '8e06d6a0a6033c54f741417973b644df18987c5f58ee086a3e4add6632e6c7e7',
                            CAST([src].[_dm_s2_1] AS NVARCHAR(MAX)),
                            ':7:',
                            CAST([src].[_dm_s9_2] AS NVARCHAR(MAX))
                          ) AS NVARCHAR(MAX)) COLLATE Latin1_General_100_CI_AS_SC_UTF8 AS VARCHAR(MAX))
                        ),
                        2
                      )
                    ),
                    1,
                    15
                  )
                ),
                16
              )
            ),
            1
          ) AS BIGINT) % [src].[_dm_s2_7]
        ) % [src].[_dm_s2_7] AS [_dm_s10_2],
        [src].[_dm_s9_4] AS [_dm_s10_3],
        (
          [src].[_dm_s9_3] + CAST(CONVERT(
            VARBINARY(8),
            CONCAT(
              '0x',
              RIGHT(
                CONCAT(
                  '0000000000000000',
                  SUBSTRING(
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
                            'ce3ff0f83fe4c10beb89be8d710ed0a4d6d49f668e8a1f5a729ba200fba941ec',
                            CAST([src].[_dm_s2_8] AS NVARCHAR(MAX)),
                            ':7:',
                            CAST([src].[_dm_s9_4] AS NVARCHAR(MAX))
                          ) AS NVARCHAR(MAX)) COLLATE Latin1_General_100_CI_AS_SC_UTF8 AS VARCHAR(MAX))
                        ),
                        2
                      )
                    ),
                    1,
                    15
                  )
                ),
                16
              )
            ),
            1
          ) AS BIGINT) % [src].[_dm_s2_14]
        ) % [src].[_dm_s2_14] AS [_dm_s10_4]
      FROM (
        SELECT
          [src].*,
          [src].[_dm_s8_2] AS [_dm_s9_1],
          (
            [src].[_dm_s8_1] + CAST(CONVERT(
              VARBINARY(8),
              CONCAT(
                '0x',
                RIGHT(
                  CONCAT(
                    '0000000000000000',
                    SUBSTRING(
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
                              '8e06d6a0a6033c54f741417973b644df18987c5f58ee086a3e4add6632e6c7e7',
                              CAST([src].[_dm_s2_1] AS NVARCHAR(MAX)),
                              ':6:',
                              CAST([src].[_dm_s8_2] AS NVARCHAR(MAX))
                            ) AS NVARCHAR(MAX)) COLLATE Latin1_General_100_CI_AS_SC_UTF8 AS VARCHAR(MAX))
                          ),
                          2
                        )
                      ),
                      1,
                      15
                    )
                  ),
                  16
                )
              ),
              1
            ) AS BIGINT) % [src].[_dm_s2_6]
          ) % [src].[_dm_s2_6] AS [_dm_s9_2],
          [src].[_dm_s8_4] AS [_dm_s9_3],
          (
            [src].[_dm_s8_3] + CAST(CONVERT(
              VARBINARY(8),
              CONCAT(
                '0x',
                RIGHT(
                  CONCAT(
                    '0000000000000000',
                    SUBSTRING(
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
                              'ce3ff0f83fe4c10beb89be8d710ed0a4d6d49f668e8a1f5a729ba200fba941ec',
                              CAST([src].[_dm_s2_8] AS NVARCHAR(MAX)),
                              ':6:',
                              CAST([src].[_dm_s8_4] AS NVARCHAR(MAX))
                            ) AS NVARCHAR(MAX)) COLLATE Latin1_General_100_CI_AS_SC_UTF8 AS VARCHAR(MAX))
                          ),
                          2
                        )
                      ),
                      1,
                      15
                    )
                  ),
                  16
                )
              ),
              1
            ) AS BIGINT) % [src].[_dm_s2_13]
          ) % [src].[_dm_s2_13] AS [_dm_s9_4]
        FROM (
          SELECT
            [src].*,
            [src].[_dm_s7_2] AS [_dm_s8_1],
            (
              [src].[_dm_s7_1] + CAST(CONVERT(
                VARBINARY(8),
                CONCAT(
                  '0x',
                  RIGHT(
                    CONCAT(
                      '0000000000000000',
                      SUBSTRING(
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
                                '8e06d6a0a6033c54f741417973b644df18987c5f58ee086a3e4add6632e6c7e7',
                                CAST([src].[_dm_s2_1] AS NVARCHAR(MAX)),
                                ':5:',
                                CAST([src].[_dm_s7_2] AS NVARCHAR(MAX))
                              ) AS NVARCHAR(MAX)) COLLATE Latin1_General_100_CI_AS_SC_UTF8 AS VARCHAR(MAX))
                            ),
                            2
                          )
                        ),
                        1,
                        15
                      )
                    ),
                    16
                  )
                ),
                1
              ) AS BIGINT) % [src].[_dm_s2_7]
            ) % [src].[_dm_s2_7] AS [_dm_s8_2],
            [src].[_dm_s7_4] AS [_dm_s8_3],
            (
              [src].[_dm_s7_3] + CAST(CONVERT(
                VARBINARY(8),
                CONCAT(
                  '0x',
                  RIGHT(
                    CONCAT(
                      '0000000000000000',
                      SUBSTRING(
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
                                'ce3ff0f83fe4c10beb89be8d710ed0a4d6d49f668e8a1f5a729ba200fba941ec',
                                CAST([src].[_dm_s2_8] AS NVARCHAR(MAX)),
                                ':5:',
                                CAST([src].[_dm_s7_4] AS NVARCHAR(MAX))
                              ) AS NVARCHAR(MAX)) COLLATE Latin1_General_100_CI_AS_SC_UTF8 AS VARCHAR(MAX))
                            ),
                            2
                          )
                        ),
                        1,
                        15
                      )
                    ),
                    16
                  )
                ),
                1
              ) AS BIGINT) % [src].[_dm_s2_14]
            ) % [src].[_dm_s2_14] AS [_dm_s8_4]
          FROM (
            SELECT
              [src].*,
              [src].[_dm_s6_2] AS [_dm_s7_1],
              (
                [src].[_dm_s6_1] + CAST(CONVERT(
                  VARBINARY(8),
                  CONCAT(
                    '0x',
                    RIGHT(
                      CONCAT(
                        '0000000000000000',
                        SUBSTRING(
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
                                  '8e06d6a0a6033c54f741417973b644df18987c5f58ee086a3e4add6632e6c7e7',
                                  CAST([src].[_dm_s2_1] AS NVARCHAR(MAX)),
                                  ':4:',
                                  CAST([src].[_dm_s6_2] AS NVARCHAR(MAX))
                                ) AS NVARCHAR(MAX)) COLLATE Latin1_General_100_CI_AS_SC_UTF8 AS VARCHAR(MAX))
                              ),
                              2
                            )
                          ),
                          1,
                          15
                        )
                      ),
                      16
                    )
                  ),
                  1
                ) AS BIGINT) % [src].[_dm_s2_6]
              ) % [src].[_dm_s2_6] AS [_dm_s7_2],
              [src].[_dm_s6_4] AS [_dm_s7_3],
              (
                [src].[_dm_s6_3] + CAST(CONVERT(
                  VARBINARY(8),
                  CONCAT(
                    '0x',
                    RIGHT(
                      CONCAT(
                        '0000000000000000',
                        SUBSTRING(
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
                                  'ce3ff0f83fe4c10beb89be8d710ed0a4d6d49f668e8a1f5a729ba200fba941ec',
                                  CAST([src].[_dm_s2_8] AS NVARCHAR(MAX)),
                                  ':4:',
                                  CAST([src].[_dm_s6_4] AS NVARCHAR(MAX))
                                ) AS NVARCHAR(MAX)) COLLATE Latin1_General_100_CI_AS_SC_UTF8 AS VARCHAR(MAX))
                              ),
                              2
                            )
                          ),
                          1,
                          15
                        )
                      ),
                      16
                    )
                  ),
                  1
                ) AS BIGINT) % [src].[_dm_s2_13]
              ) % [src].[_dm_s2_13] AS [_dm_s7_4]
            FROM (
              SELECT
                [src].*,
                [src].[_dm_s5_2] AS [_dm_s6_1],
                (
                  [src].[_dm_s5_1] + CAST(CONVERT(
                    VARBINARY(8),
                    CONCAT(
                      '0x',
                      RIGHT(
                        CONCAT(
                          '0000000000000000',
                          SUBSTRING(
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
                                    '8e06d6a0a6033c54f741417973b644df18987c5f58ee086a3e4add6632e6c7e7',
                                    CAST([src].[_dm_s2_1] AS NVARCHAR(MAX)),
                                    ':3:',
                                    CAST([src].[_dm_s5_2] AS NVARCHAR(MAX))
                                  ) AS NVARCHAR(MAX)) COLLATE Latin1_General_100_CI_AS_SC_UTF8 AS VARCHAR(MAX))
                                ),
                                2
                              )
                            ),
                            1,
                            15
                          )
                        ),
                        16
                      )
                    ),
                    1
                  ) AS BIGINT) % [src].[_dm_s2_7]
                ) % [src].[_dm_s2_7] AS [_dm_s6_2],
                [src].[_dm_s5_4] AS [_dm_s6_3],
                (
                  [src].[_dm_s5_3] + CAST(CONVERT(
                    VARBINARY(8),
                    CONCAT(
                      '0x',
                      RIGHT(
                        CONCAT(
                          '0000000000000000',
                          SUBSTRING(
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
                                    'ce3ff0f83fe4c10beb89be8d710ed0a4d6d49f668e8a1f5a729ba200fba941ec',
                                    CAST([src].[_dm_s2_8] AS NVARCHAR(MAX)),
                                    ':3:',
                                    CAST([src].[_dm_s5_4] AS NVARCHAR(MAX))
                                  ) AS NVARCHAR(MAX)) COLLATE Latin1_General_100_CI_AS_SC_UTF8 AS VARCHAR(MAX))
                                ),
                                2
                              )
                            ),
                            1,
                            15
                          )
                        ),
                        16
                      )
                    ),
                    1
                  ) AS BIGINT) % [src].[_dm_s2_14]
                ) % [src].[_dm_s2_14] AS [_dm_s6_4]
              FROM (
                SELECT
                  [src].*,
                  [src].[_dm_s4_2] AS [_dm_s5_1],
                  (
                    [src].[_dm_s4_1] + CAST(CONVERT(
                      VARBINARY(8),
                      CONCAT(
                        '0x',
                        RIGHT(
                          CONCAT(
                            '0000000000000000',
                            SUBSTRING(
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
                                      '8e06d6a0a6033c54f741417973b644df18987c5f58ee086a3e4add6632e6c7e7',
                                      CAST([src].[_dm_s2_1] AS NVARCHAR(MAX)),
                                      ':2:',
                                      CAST([src].[_dm_s4_2] AS NVARCHAR(MAX))
                                    ) AS NVARCHAR(MAX)) COLLATE Latin1_General_100_CI_AS_SC_UTF8 AS VARCHAR(MAX))
                                  ),
                                  2
                                )
                              ),
                              1,
                              15
                            )
                          ),
                          16
                        )
                      ),
                      1
                    ) AS BIGINT) % [src].[_dm_s2_6]
                  ) % [src].[_dm_s2_6] AS [_dm_s5_2],
                  [src].[_dm_s4_4] AS [_dm_s5_3],
                  (
                    [src].[_dm_s4_3] + CAST(CONVERT(
                      VARBINARY(8),
                      CONCAT(
                        '0x',
                        RIGHT(
                          CONCAT(
                            '0000000000000000',
                            SUBSTRING(
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
                                      'ce3ff0f83fe4c10beb89be8d710ed0a4d6d49f668e8a1f5a729ba200fba941ec',
                                      CAST([src].[_dm_s2_8] AS NVARCHAR(MAX)),
                                      ':2:',
                                      CAST([src].[_dm_s4_4] AS NVARCHAR(MAX))
                                    ) AS NVARCHAR(MAX)) COLLATE Latin1_General_100_CI_AS_SC_UTF8 AS VARCHAR(MAX))
                                  ),
                                  2
                                )
                              ),
                              1,
                              15
                            )
                          ),
                          16
                        )
                      ),
                      1
                    ) AS BIGINT) % [src].[_dm_s2_13]
                  ) % [src].[_dm_s2_13] AS [_dm_s5_4]
                FROM (
                  SELECT
                    [src].*,
                    [src].[_dm_s3_2] AS [_dm_s4_1],
                    (
                      [src].[_dm_s3_1] + CAST(CONVERT(
                        VARBINARY(8),
                        CONCAT(
                          '0x',
                          RIGHT(
                            CONCAT(
                              '0000000000000000',
                              SUBSTRING(
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
                                        '8e06d6a0a6033c54f741417973b644df18987c5f58ee086a3e4add6632e6c7e7',
                                        CAST([src].[_dm_s2_1] AS NVARCHAR(MAX)),
                                        ':1:',
                                        CAST([src].[_dm_s3_2] AS NVARCHAR(MAX))
                                      ) AS NVARCHAR(MAX)) COLLATE Latin1_General_100_CI_AS_SC_UTF8 AS VARCHAR(MAX))
                                    ),
                                    2
                                  )
                                ),
                                1,
                                15
                              )
                            ),
                            16
                          )
                        ),
                        1
                      ) AS BIGINT) % [src].[_dm_s2_7]
                    ) % [src].[_dm_s2_7] AS [_dm_s4_2],
                    [src].[_dm_s3_4] AS [_dm_s4_3],
                    (
                      [src].[_dm_s3_3] + CAST(CONVERT(
                        VARBINARY(8),
                        CONCAT(
                          '0x',
                          RIGHT(
                            CONCAT(
                              '0000000000000000',
                              SUBSTRING(
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
                                        'ce3ff0f83fe4c10beb89be8d710ed0a4d6d49f668e8a1f5a729ba200fba941ec',
                                        CAST([src].[_dm_s2_8] AS NVARCHAR(MAX)),
                                        ':1:',
                                        CAST([src].[_dm_s3_4] AS NVARCHAR(MAX))
                                      ) AS NVARCHAR(MAX)) COLLATE Latin1_General_100_CI_AS_SC_UTF8 AS VARCHAR(MAX))
                                    ),
                                    2
                                  )
                                ),
                                1,
                                15
                              )
                            ),
                            16
                          )
                        ),
                        1
                      ) AS BIGINT) % [src].[_dm_s2_14]
                    ) % [src].[_dm_s2_14] AS [_dm_s4_4]
                  FROM (
                    SELECT
                      [src].*,
                      [src].[_dm_s2_5] AS [_dm_s3_1],
                      (
                        [src].[_dm_s2_4] + CAST(CONVERT(
                          VARBINARY(8),
                          CONCAT(
                            '0x',
                            RIGHT(
                              CONCAT(
                                '0000000000000000',
                                SUBSTRING(
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
                                          '8e06d6a0a6033c54f741417973b644df18987c5f58ee086a3e4add6632e6c7e7',
                                          CAST([src].[_dm_s2_1] AS NVARCHAR(MAX)),
                                          ':0:',
                                          CAST([src].[_dm_s2_5] AS NVARCHAR(MAX))
                                        ) AS NVARCHAR(MAX)) COLLATE Latin1_General_100_CI_AS_SC_UTF8 AS VARCHAR(MAX))
                                      ),
                                      2
                                    )
                                  ),
                                  1,
                                  15
                                )
                              ),
                              16
                            )
                          ),
                          1
                        ) AS BIGINT) % [src].[_dm_s2_6]
                      ) % [src].[_dm_s2_6] AS [_dm_s3_2],
                      [src].[_dm_s2_12] AS [_dm_s3_3],
                      (
                        [src].[_dm_s2_11] + CAST(CONVERT(
                          VARBINARY(8),
                          CONCAT(
                            '0x',
                            RIGHT(
                              CONCAT(
                                '0000000000000000',
                                SUBSTRING(
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
                                          'ce3ff0f83fe4c10beb89be8d710ed0a4d6d49f668e8a1f5a729ba200fba941ec',
                                          CAST([src].[_dm_s2_8] AS NVARCHAR(MAX)),
                                          ':0:',
                                          CAST([src].[_dm_s2_12] AS NVARCHAR(MAX))
                                        ) AS NVARCHAR(MAX)) COLLATE Latin1_General_100_CI_AS_SC_UTF8 AS VARCHAR(MAX))
                                      ),
                                      2
                                    )
                                  ),
                                  1,
                                  15
                                )
                              ),
                              16
                            )
                          ),
                          1
                        ) AS BIGINT) % [src].[_dm_s2_13]
                      ) % [src].[_dm_s2_13] AS [_dm_s3_4]
                    FROM (
                      SELECT
                        [src].*,
                        LEN(CONCAT([src].[_dm_s1_1], '.')) - 1 AS [_dm_s2_1],
                        CAST(CAST((
                          LEN(CONCAT([src].[_dm_s1_1], '.')) - 1 - (
                            LEN(CONCAT([src].[_dm_s1_1], '.')) - 1
                          ) % 2
                        ) AS FLOAT) / 2 AS INTEGER) AS [_dm_s2_2],
                        LEN(CONCAT([src].[_dm_s1_1], '.')) - 1 - CAST(CAST((
                          LEN(CONCAT([src].[_dm_s1_1], '.')) - 1 - (
                            LEN(CONCAT([src].[_dm_s1_1], '.')) - 1
                          ) % 2
                        ) AS FLOAT) / 2 AS INTEGER) AS [_dm_s2_3],
                        CAST(CONCAT(
                          '0',
                          SUBSTRING(
                            [src].[_dm_s1_1],
                            1,
                            CAST(CAST((
                              LEN(CONCAT([src].[_dm_s1_1], '.')) - 1 - (
                                LEN(CONCAT([src].[_dm_s1_1], '.')) - 1
                              ) % 2
                            ) AS FLOAT) / 2 AS INTEGER)
                          )
                        ) AS BIGINT) AS [_dm_s2_4],
                        CAST(CONCAT(
                          '0',
                          SUBSTRING(
                            [src].[_dm_s1_1],
                            CAST(CAST((
                              LEN(CONCAT([src].[_dm_s1_1], '.')) - 1 - (
                                LEN(CONCAT([src].[_dm_s1_1], '.')) - 1
                              ) % 2
                            ) AS FLOAT) / 2 AS INTEGER) + 1,
                            1073741823
                          )
                        ) AS BIGINT) AS [_dm_s2_5],
                        CAST(CONCAT(
                          '1',
                          REPLICATE(
                            '0',
                            CAST(CAST((
                              LEN(CONCAT([src].[_dm_s1_1], '.')) - 1 - (
                                LEN(CONCAT([src].[_dm_s1_1], '.')) - 1
                              ) % 2
                            ) AS FLOAT) / 2 AS INTEGER)
                          )
                        ) AS BIGINT) AS [_dm_s2_6],
                        CAST(CONCAT(
                          '1',
                          REPLICATE(
                            '0',
                            LEN(CONCAT([src].[_dm_s1_1], '.')) - 1 - CAST(CAST((
                              LEN(CONCAT([src].[_dm_s1_1], '.')) - 1 - (
                                LEN(CONCAT([src].[_dm_s1_1], '.')) - 1
                              ) % 2
                            ) AS FLOAT) / 2 AS INTEGER)
                          )
                        ) AS BIGINT) AS [_dm_s2_7],
                        LEN(CONCAT([src].[_dm_s1_2], '.')) - 1 AS [_dm_s2_8],
                        CAST(CAST((
                          LEN(CONCAT([src].[_dm_s1_2], '.')) - 1 - (
                            LEN(CONCAT([src].[_dm_s1_2], '.')) - 1
                          ) % 2
                        ) AS FLOAT) / 2 AS INTEGER) AS [_dm_s2_9],
                        LEN(CONCAT([src].[_dm_s1_2], '.')) - 1 - CAST(CAST((
                          LEN(CONCAT([src].[_dm_s1_2], '.')) - 1 - (
                            LEN(CONCAT([src].[_dm_s1_2], '.')) - 1
                          ) % 2
                        ) AS FLOAT) / 2 AS INTEGER) AS [_dm_s2_10],
                        CAST(CONCAT(
                          '0',
                          SUBSTRING(
                            [src].[_dm_s1_2],
                            1,
                            CAST(CAST((
                              LEN(CONCAT([src].[_dm_s1_2], '.')) - 1 - (
                                LEN(CONCAT([src].[_dm_s1_2], '.')) - 1
                              ) % 2
                            ) AS FLOAT) / 2 AS INTEGER)
                          )
                        ) AS BIGINT) AS [_dm_s2_11],
                        CAST(CONCAT(
                          '0',
                          SUBSTRING(
                            [src].[_dm_s1_2],
                            CAST(CAST((
                              LEN(CONCAT([src].[_dm_s1_2], '.')) - 1 - (
                                LEN(CONCAT([src].[_dm_s1_2], '.')) - 1
                              ) % 2
                            ) AS FLOAT) / 2 AS INTEGER) + 1,
                            1073741823
                          )
                        ) AS BIGINT) AS [_dm_s2_12],
                        CAST(CONCAT(
                          '1',
                          REPLICATE(
                            '0',
                            CAST(CAST((
                              LEN(CONCAT([src].[_dm_s1_2], '.')) - 1 - (
                                LEN(CONCAT([src].[_dm_s1_2], '.')) - 1
                              ) % 2
                            ) AS FLOAT) / 2 AS INTEGER)
                          )
                        ) AS BIGINT) AS [_dm_s2_13],
                        CAST(CONCAT(
                          '1',
                          REPLICATE(
                            '0',
                            LEN(CONCAT([src].[_dm_s1_2], '.')) - 1 - CAST(CAST((
                              LEN(CONCAT([src].[_dm_s1_2], '.')) - 1 - (
                                LEN(CONCAT([src].[_dm_s1_2], '.')) - 1
                              ) % 2
                            ) AS FLOAT) / 2 AS INTEGER)
                          )
                        ) AS BIGINT) AS [_dm_s2_14]
                      FROM (
                        SELECT
                          [src].*,
                          SUBSTRING(
                            REGEXP_REPLACE(
                              REGEXP_REPLACE(
                                CASE
                                  WHEN CASE
                                    WHEN LEN(CONCAT([src].[card], '.')) - 1 <= 4
                                    THEN 0
                                    WHEN LEN(CONCAT([src].[card], '.')) - 1 - 4 < 23
                                    THEN LEN(CONCAT([src].[card], '.')) - 1 - 4
                                    ELSE 23
                                  END > 6
                                  THEN SUBSTRING(
                                    [src].[card],
                                    7,
                                    CASE
                                      WHEN LEN(CONCAT([src].[card], '.')) - 1 <= 4
                                      THEN 0
                                      WHEN LEN(CONCAT([src].[card], '.')) - 1 - 4 < 23
                                      THEN LEN(CONCAT([src].[card], '.')) - 1 - 4
                                      ELSE 23
                                    END - 6
                                  )
                                  ELSE ''
                                END,
                                '[^0-9]',
                                ''
                              ),
                              '[0-9]$',
                              ''
                            ),
                            1,
                            36
                          ) AS [_dm_s1_1],
                          SUBSTRING(
                            REGEXP_REPLACE(
                              CASE
                                WHEN CASE
                                  WHEN LEN(CONCAT([src].[phone], '.')) - 1 <= 0
                                  THEN 0
                                  WHEN LEN(CONCAT([src].[phone], '.')) - 1 - 0 < 20
                                  THEN LEN(CONCAT([src].[phone], '.')) - 1 - 0
                                  ELSE 20
                                END > 3
                                THEN SUBSTRING(
                                  [src].[phone],
                                  4,
                                  CASE
                                    WHEN LEN(CONCAT([src].[phone], '.')) - 1 <= 0
                                    THEN 0
                                    WHEN LEN(CONCAT([src].[phone], '.')) - 1 - 0 < 20
                                    THEN LEN(CONCAT([src].[phone], '.')) - 1 - 0
                                    ELSE 20
                                  END - 3
                                )
                                ELSE ''
                              END,
                              '[^0-9]',
                              ''
                            ),
                            1,
                            36
                          ) AS [_dm_s1_2]
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
                                    '3bc7896a90eb8518c77389f11fd74b7613ada409adf100807b5764569889d6ee',
                                    CAST([src].[card] AS NVARCHAR(MAX))
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
                                    '8d2b4f46e4c156c7bd16279a180d1be32e426e4a1e3c7c5e588e24e3981344df',
                                    CAST([src].[phone] AS NVARCHAR(MAX))
                                  ) AS NVARCHAR(MAX)) COLLATE Latin1_General_100_CI_AS_SC_UTF8 AS VARCHAR(MAX))
                                ),
                                2
                              )
                            ) AS [_dm_digest_2]
                          FROM [public].[cards] AS [src]
                        ) AS [src]
                      ) AS [src]
                    ) AS [src]
                  ) AS [src]
                ) AS [src]
              ) AS [src]
            ) AS [src]
          ) AS [src]
        ) AS [src]
      ) AS [src]
    ) AS [src]
  ) AS [src]
) AS [temp];

ALTER TABLE [masked].[_dm_stage_6ac9a32c0ca8]
ALTER COLUMN [card] VARCHAR(23) NOT NULL;

ALTER TABLE [masked].[_dm_stage_6ac9a32c0ca8]
ALTER COLUMN [phone] VARCHAR(20) NOT NULL;

-- file: 002_calls.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect tsql
-- builds the masked copy of public.calls in a staging table
-- masking key: EXEC sp_set_session_context @key = N'datamask_key', @value = N'<output of: datamask-sql key>';

DROP TABLE IF EXISTS [masked].[_dm_stage_f46f5990ebfa];

SELECT
  *
INTO [masked].[_dm_stage_f46f5990ebfa]
FROM (
  SELECT
    [src].[id] AS [id],
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
          THEN CASE
            WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[phone], 4, 1), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
            THEN SUBSTRING(
              [src].[_dm_s11_1],
              LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[phone], 4, 1), '[^0-9]', ''), '.')) - 1,
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING([src].[phone], 4, 1)
        END,
        CASE
          WHEN 5 <= LEN(CONCAT([src].[phone], '.')) - 1
          AND CHARINDEX(SUBSTRING([src].[phone], 5, 1), '0123456789') > 0
          THEN CASE
            WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[phone], 4, 2), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
            THEN SUBSTRING(
              [src].[_dm_s11_1],
              LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[phone], 4, 2), '[^0-9]', ''), '.')) - 1,
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING([src].[phone], 5, 1)
        END,
        CASE
          WHEN 6 <= LEN(CONCAT([src].[phone], '.')) - 1
          AND CHARINDEX(SUBSTRING([src].[phone], 6, 1), '0123456789') > 0
          THEN CASE
            WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[phone], 4, 3), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
            THEN SUBSTRING(
              [src].[_dm_s11_1],
              LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[phone], 4, 3), '[^0-9]', ''), '.')) - 1,
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING([src].[phone], 6, 1)
        END,
        CASE
          WHEN 7 <= LEN(CONCAT([src].[phone], '.')) - 1
          AND CHARINDEX(SUBSTRING([src].[phone], 7, 1), '0123456789') > 0
          THEN CASE
            WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[phone], 4, 4), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
            THEN SUBSTRING(
              [src].[_dm_s11_1],
              LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[phone], 4, 4), '[^0-9]', ''), '.')) - 1,
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING([src].[phone], 7, 1)
        END,
        CASE
          WHEN 8 <= LEN(CONCAT([src].[phone], '.')) - 1
          AND CHARINDEX(SUBSTRING([src].[phone], 8, 1), '0123456789') > 0
          THEN CASE
            WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[phone], 4, 5), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
            THEN SUBSTRING(
              [src].[_dm_s11_1],
              LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[phone], 4, 5), '[^0-9]', ''), '.')) - 1,
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING([src].[phone], 8, 1)
        END,
        CASE
          WHEN 9 <= LEN(CONCAT([src].[phone], '.')) - 1
          AND CHARINDEX(SUBSTRING([src].[phone], 9, 1), '0123456789') > 0
          THEN CASE
            WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[phone], 4, 6), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
            THEN SUBSTRING(
              [src].[_dm_s11_1],
              LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[phone], 4, 6), '[^0-9]', ''), '.')) - 1,
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING([src].[phone], 9, 1)
        END,
        CASE
          WHEN 10 <= LEN(CONCAT([src].[phone], '.')) - 1
          AND CHARINDEX(SUBSTRING([src].[phone], 10, 1), '0123456789') > 0
          THEN CASE
            WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[phone], 4, 7), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
            THEN SUBSTRING(
              [src].[_dm_s11_1],
              LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[phone], 4, 7), '[^0-9]', ''), '.')) - 1,
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING([src].[phone], 10, 1)
        END,
        CASE
          WHEN 11 <= LEN(CONCAT([src].[phone], '.')) - 1
          AND CHARINDEX(SUBSTRING([src].[phone], 11, 1), '0123456789') > 0
          THEN CASE
            WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[phone], 4, 8), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
            THEN SUBSTRING(
              [src].[_dm_s11_1],
              LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[phone], 4, 8), '[^0-9]', ''), '.')) - 1,
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING([src].[phone], 11, 1)
        END,
        CASE
          WHEN 12 <= LEN(CONCAT([src].[phone], '.')) - 1
          AND CHARINDEX(SUBSTRING([src].[phone], 12, 1), '0123456789') > 0
          THEN CASE
            WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[phone], 4, 9), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
            THEN SUBSTRING(
              [src].[_dm_s11_1],
              LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[phone], 4, 9), '[^0-9]', ''), '.')) - 1,
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING([src].[phone], 12, 1)
        END,
        CASE
          WHEN 13 <= LEN(CONCAT([src].[phone], '.')) - 1
          AND CHARINDEX(SUBSTRING([src].[phone], 13, 1), '0123456789') > 0
          THEN CASE
            WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[phone], 4, 10), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
            THEN SUBSTRING(
              [src].[_dm_s11_1],
              LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[phone], 4, 10), '[^0-9]', ''), '.')) - 1,
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING([src].[phone], 13, 1)
        END,
        CASE
          WHEN 14 <= LEN(CONCAT([src].[phone], '.')) - 1
          AND CHARINDEX(SUBSTRING([src].[phone], 14, 1), '0123456789') > 0
          THEN CASE
            WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[phone], 4, 11), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
            THEN SUBSTRING(
              [src].[_dm_s11_1],
              LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[phone], 4, 11), '[^0-9]', ''), '.')) - 1,
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING([src].[phone], 14, 1)
        END,
        CASE
          WHEN 15 <= LEN(CONCAT([src].[phone], '.')) - 1
          AND CHARINDEX(SUBSTRING([src].[phone], 15, 1), '0123456789') > 0
          THEN CASE
            WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[phone], 4, 12), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
            THEN SUBSTRING(
              [src].[_dm_s11_1],
              LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[phone], 4, 12), '[^0-9]', ''), '.')) - 1,
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING([src].[phone], 15, 1)
        END,
        CASE
          WHEN 16 <= LEN(CONCAT([src].[phone], '.')) - 1
          AND CHARINDEX(SUBSTRING([src].[phone], 16, 1), '0123456789') > 0
          THEN CASE
            WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[phone], 4, 13), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
            THEN SUBSTRING(
              [src].[_dm_s11_1],
              LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[phone], 4, 13), '[^0-9]', ''), '.')) - 1,
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING([src].[phone], 16, 1)
        END,
        CASE
          WHEN 17 <= LEN(CONCAT([src].[phone], '.')) - 1
          AND CHARINDEX(SUBSTRING([src].[phone], 17, 1), '0123456789') > 0
          THEN CASE
            WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[phone], 4, 14), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
            THEN SUBSTRING(
              [src].[_dm_s11_1],
              LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[phone], 4, 14), '[^0-9]', ''), '.')) - 1,
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING([src].[phone], 17, 1)
        END,
        CASE
          WHEN 18 <= LEN(CONCAT([src].[phone], '.')) - 1
          AND CHARINDEX(SUBSTRING([src].[phone], 18, 1), '0123456789') > 0
          THEN CASE
            WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[phone], 4, 15), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
            THEN SUBSTRING(
              [src].[_dm_s11_1],
              LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[phone], 4, 15), '[^0-9]', ''), '.')) - 1,
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING([src].[phone], 18, 1)
        END,
        CASE
          WHEN 19 <= LEN(CONCAT([src].[phone], '.')) - 1
          AND CHARINDEX(SUBSTRING([src].[phone], 19, 1), '0123456789') > 0
          THEN CASE
            WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[phone], 4, 16), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
            THEN SUBSTRING(
              [src].[_dm_s11_1],
              LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[phone], 4, 16), '[^0-9]', ''), '.')) - 1,
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING([src].[phone], 19, 1)
        END,
        CASE
          WHEN 20 <= LEN(CONCAT([src].[phone], '.')) - 1
          AND CHARINDEX(SUBSTRING([src].[phone], 20, 1), '0123456789') > 0
          THEN CASE
            WHEN LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[phone], 4, 17), '[^0-9]', ''), '.')) - 1 <= LEN(CONCAT([src].[_dm_s11_1], '.')) - 1
            THEN SUBSTRING(
              [src].[_dm_s11_1],
              LEN(CONCAT(REGEXP_REPLACE(SUBSTRING([src].[phone], 4, 17), '[^0-9]', ''), '.')) - 1,
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING([src].[phone], 20, 1)
        END,
        REGEXP_REPLACE(SUBSTRING([src].[phone], 21, 1073741823), '[0-9]', '0')
      )
    END AS VARCHAR(20)) AS [phone]
  FROM (
    SELECT
      [src].*,
      CONCAT(
        SUBSTRING(
          CONCAT(REPLICATE('0', [src].[_dm_s2_2]), CAST([src].[_dm_s10_1] AS NVARCHAR(MAX))),
          LEN(CONCAT(CAST([src].[_dm_s10_1] AS NVARCHAR(MAX)), '.')) - 1 + 1,
          1073741823
        ),
        SUBSTRING(
          CONCAT(REPLICATE('0', [src].[_dm_s2_3]), CAST([src].[_dm_s10_2] AS NVARCHAR(MAX))),
          LEN(CONCAT(CAST([src].[_dm_s10_2] AS NVARCHAR(MAX)), '.')) - 1 + 1,
          1073741823
        )
      ) AS [_dm_s11_1]
    FROM (
      SELECT
        [src].*,
        [src].[_dm_s9_2] AS [_dm_s10_1],
        (
          [src].[_dm_s9_1] + CAST(CONVERT(
            VARBINARY(8),
            CONCAT(
              '0x',
              RIGHT(
                CONCAT(
                  '0000000000000000',
                  SUBSTRING(
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
                            'ce3ff0f83fe4c10beb89be8d710ed0a4d6d49f668e8a1f5a729ba200fba941ec',
                            CAST([src].[_dm_s2_1] AS NVARCHAR(MAX)),
                            ':7:',
                            CAST([src].[_dm_s9_2] AS NVARCHAR(MAX))
                          ) AS NVARCHAR(MAX)) COLLATE Latin1_General_100_CI_AS_SC_UTF8 AS VARCHAR(MAX))
                        ),
                        2
                      )
                    ),
                    1,
                    15
                  )
                ),
                16
              )
            ),
            1
          ) AS BIGINT) % [src].[_dm_s2_7]
        ) % [src].[_dm_s2_7] AS [_dm_s10_2]
      FROM (
        SELECT
          [src].*,
          [src].[_dm_s8_2] AS [_dm_s9_1],
          (
            [src].[_dm_s8_1] + CAST(CONVERT(
              VARBINARY(8),
              CONCAT(
                '0x',
                RIGHT(
                  CONCAT(
                    '0000000000000000',
                    SUBSTRING(
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
                              'ce3ff0f83fe4c10beb89be8d710ed0a4d6d49f668e8a1f5a729ba200fba941ec',
                              CAST([src].[_dm_s2_1] AS NVARCHAR(MAX)),
                              ':6:',
                              CAST([src].[_dm_s8_2] AS NVARCHAR(MAX))
                            ) AS NVARCHAR(MAX)) COLLATE Latin1_General_100_CI_AS_SC_UTF8 AS VARCHAR(MAX))
                          ),
                          2
                        )
                      ),
                      1,
                      15
                    )
                  ),
                  16
                )
              ),
              1
            ) AS BIGINT) % [src].[_dm_s2_6]
          ) % [src].[_dm_s2_6] AS [_dm_s9_2]
        FROM (
          SELECT
            [src].*,
            [src].[_dm_s7_2] AS [_dm_s8_1],
            (
              [src].[_dm_s7_1] + CAST(CONVERT(
                VARBINARY(8),
                CONCAT(
                  '0x',
                  RIGHT(
                    CONCAT(
                      '0000000000000000',
                      SUBSTRING(
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
                                'ce3ff0f83fe4c10beb89be8d710ed0a4d6d49f668e8a1f5a729ba200fba941ec',
                                CAST([src].[_dm_s2_1] AS NVARCHAR(MAX)),
                                ':5:',
                                CAST([src].[_dm_s7_2] AS NVARCHAR(MAX))
                              ) AS NVARCHAR(MAX)) COLLATE Latin1_General_100_CI_AS_SC_UTF8 AS VARCHAR(MAX))
                            ),
                            2
                          )
                        ),
                        1,
                        15
                      )
                    ),
                    16
                  )
                ),
                1
              ) AS BIGINT) % [src].[_dm_s2_7]
            ) % [src].[_dm_s2_7] AS [_dm_s8_2]
          FROM (
            SELECT
              [src].*,
              [src].[_dm_s6_2] AS [_dm_s7_1],
              (
                [src].[_dm_s6_1] + CAST(CONVERT(
                  VARBINARY(8),
                  CONCAT(
                    '0x',
                    RIGHT(
                      CONCAT(
                        '0000000000000000',
                        SUBSTRING(
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
                                  'ce3ff0f83fe4c10beb89be8d710ed0a4d6d49f668e8a1f5a729ba200fba941ec',
                                  CAST([src].[_dm_s2_1] AS NVARCHAR(MAX)),
                                  ':4:',
                                  CAST([src].[_dm_s6_2] AS NVARCHAR(MAX))
                                ) AS NVARCHAR(MAX)) COLLATE Latin1_General_100_CI_AS_SC_UTF8 AS VARCHAR(MAX))
                              ),
                              2
                            )
                          ),
                          1,
                          15
                        )
                      ),
                      16
                    )
                  ),
                  1
                ) AS BIGINT) % [src].[_dm_s2_6]
              ) % [src].[_dm_s2_6] AS [_dm_s7_2]
            FROM (
              SELECT
                [src].*,
                [src].[_dm_s5_2] AS [_dm_s6_1],
                (
                  [src].[_dm_s5_1] + CAST(CONVERT(
                    VARBINARY(8),
                    CONCAT(
                      '0x',
                      RIGHT(
                        CONCAT(
                          '0000000000000000',
                          SUBSTRING(
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
                                    'ce3ff0f83fe4c10beb89be8d710ed0a4d6d49f668e8a1f5a729ba200fba941ec',
                                    CAST([src].[_dm_s2_1] AS NVARCHAR(MAX)),
                                    ':3:',
                                    CAST([src].[_dm_s5_2] AS NVARCHAR(MAX))
                                  ) AS NVARCHAR(MAX)) COLLATE Latin1_General_100_CI_AS_SC_UTF8 AS VARCHAR(MAX))
                                ),
                                2
                              )
                            ),
                            1,
                            15
                          )
                        ),
                        16
                      )
                    ),
                    1
                  ) AS BIGINT) % [src].[_dm_s2_7]
                ) % [src].[_dm_s2_7] AS [_dm_s6_2]
              FROM (
                SELECT
                  [src].*,
                  [src].[_dm_s4_2] AS [_dm_s5_1],
                  (
                    [src].[_dm_s4_1] + CAST(CONVERT(
                      VARBINARY(8),
                      CONCAT(
                        '0x',
                        RIGHT(
                          CONCAT(
                            '0000000000000000',
                            SUBSTRING(
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
                                      'ce3ff0f83fe4c10beb89be8d710ed0a4d6d49f668e8a1f5a729ba200fba941ec',
                                      CAST([src].[_dm_s2_1] AS NVARCHAR(MAX)),
                                      ':2:',
                                      CAST([src].[_dm_s4_2] AS NVARCHAR(MAX))
                                    ) AS NVARCHAR(MAX)) COLLATE Latin1_General_100_CI_AS_SC_UTF8 AS VARCHAR(MAX))
                                  ),
                                  2
                                )
                              ),
                              1,
                              15
                            )
                          ),
                          16
                        )
                      ),
                      1
                    ) AS BIGINT) % [src].[_dm_s2_6]
                  ) % [src].[_dm_s2_6] AS [_dm_s5_2]
                FROM (
                  SELECT
                    [src].*,
                    [src].[_dm_s3_2] AS [_dm_s4_1],
                    (
                      [src].[_dm_s3_1] + CAST(CONVERT(
                        VARBINARY(8),
                        CONCAT(
                          '0x',
                          RIGHT(
                            CONCAT(
                              '0000000000000000',
                              SUBSTRING(
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
                                        'ce3ff0f83fe4c10beb89be8d710ed0a4d6d49f668e8a1f5a729ba200fba941ec',
                                        CAST([src].[_dm_s2_1] AS NVARCHAR(MAX)),
                                        ':1:',
                                        CAST([src].[_dm_s3_2] AS NVARCHAR(MAX))
                                      ) AS NVARCHAR(MAX)) COLLATE Latin1_General_100_CI_AS_SC_UTF8 AS VARCHAR(MAX))
                                    ),
                                    2
                                  )
                                ),
                                1,
                                15
                              )
                            ),
                            16
                          )
                        ),
                        1
                      ) AS BIGINT) % [src].[_dm_s2_7]
                    ) % [src].[_dm_s2_7] AS [_dm_s4_2]
                  FROM (
                    SELECT
                      [src].*,
                      [src].[_dm_s2_5] AS [_dm_s3_1],
                      (
                        [src].[_dm_s2_4] + CAST(CONVERT(
                          VARBINARY(8),
                          CONCAT(
                            '0x',
                            RIGHT(
                              CONCAT(
                                '0000000000000000',
                                SUBSTRING(
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
                                          'ce3ff0f83fe4c10beb89be8d710ed0a4d6d49f668e8a1f5a729ba200fba941ec',
                                          CAST([src].[_dm_s2_1] AS NVARCHAR(MAX)),
                                          ':0:',
                                          CAST([src].[_dm_s2_5] AS NVARCHAR(MAX))
                                        ) AS NVARCHAR(MAX)) COLLATE Latin1_General_100_CI_AS_SC_UTF8 AS VARCHAR(MAX))
                                      ),
                                      2
                                    )
                                  ),
                                  1,
                                  15
                                )
                              ),
                              16
                            )
                          ),
                          1
                        ) AS BIGINT) % [src].[_dm_s2_6]
                      ) % [src].[_dm_s2_6] AS [_dm_s3_2]
                    FROM (
                      SELECT
                        [src].*,
                        LEN(CONCAT([src].[_dm_s1_1], '.')) - 1 AS [_dm_s2_1],
                        CAST(CAST((
                          LEN(CONCAT([src].[_dm_s1_1], '.')) - 1 - (
                            LEN(CONCAT([src].[_dm_s1_1], '.')) - 1
                          ) % 2
                        ) AS FLOAT) / 2 AS INTEGER) AS [_dm_s2_2],
                        LEN(CONCAT([src].[_dm_s1_1], '.')) - 1 - CAST(CAST((
                          LEN(CONCAT([src].[_dm_s1_1], '.')) - 1 - (
                            LEN(CONCAT([src].[_dm_s1_1], '.')) - 1
                          ) % 2
                        ) AS FLOAT) / 2 AS INTEGER) AS [_dm_s2_3],
                        CAST(CONCAT(
                          '0',
                          SUBSTRING(
                            [src].[_dm_s1_1],
                            1,
                            CAST(CAST((
                              LEN(CONCAT([src].[_dm_s1_1], '.')) - 1 - (
                                LEN(CONCAT([src].[_dm_s1_1], '.')) - 1
                              ) % 2
                            ) AS FLOAT) / 2 AS INTEGER)
                          )
                        ) AS BIGINT) AS [_dm_s2_4],
                        CAST(CONCAT(
                          '0',
                          SUBSTRING(
                            [src].[_dm_s1_1],
                            CAST(CAST((
                              LEN(CONCAT([src].[_dm_s1_1], '.')) - 1 - (
                                LEN(CONCAT([src].[_dm_s1_1], '.')) - 1
                              ) % 2
                            ) AS FLOAT) / 2 AS INTEGER) + 1,
                            1073741823
                          )
                        ) AS BIGINT) AS [_dm_s2_5],
                        CAST(CONCAT(
                          '1',
                          REPLICATE(
                            '0',
                            CAST(CAST((
                              LEN(CONCAT([src].[_dm_s1_1], '.')) - 1 - (
                                LEN(CONCAT([src].[_dm_s1_1], '.')) - 1
                              ) % 2
                            ) AS FLOAT) / 2 AS INTEGER)
                          )
                        ) AS BIGINT) AS [_dm_s2_6],
                        CAST(CONCAT(
                          '1',
                          REPLICATE(
                            '0',
                            LEN(CONCAT([src].[_dm_s1_1], '.')) - 1 - CAST(CAST((
                              LEN(CONCAT([src].[_dm_s1_1], '.')) - 1 - (
                                LEN(CONCAT([src].[_dm_s1_1], '.')) - 1
                              ) % 2
                            ) AS FLOAT) / 2 AS INTEGER)
                          )
                        ) AS BIGINT) AS [_dm_s2_7]
                      FROM (
                        SELECT
                          [src].*,
                          SUBSTRING(
                            REGEXP_REPLACE(
                              CASE
                                WHEN CASE
                                  WHEN LEN(CONCAT([src].[phone], '.')) - 1 <= 0
                                  THEN 0
                                  WHEN LEN(CONCAT([src].[phone], '.')) - 1 - 0 < 20
                                  THEN LEN(CONCAT([src].[phone], '.')) - 1 - 0
                                  ELSE 20
                                END > 3
                                THEN SUBSTRING(
                                  [src].[phone],
                                  4,
                                  CASE
                                    WHEN LEN(CONCAT([src].[phone], '.')) - 1 <= 0
                                    THEN 0
                                    WHEN LEN(CONCAT([src].[phone], '.')) - 1 - 0 < 20
                                    THEN LEN(CONCAT([src].[phone], '.')) - 1 - 0
                                    ELSE 20
                                  END - 3
                                )
                                ELSE ''
                              END,
                              '[^0-9]',
                              ''
                            ),
                            1,
                            36
                          ) AS [_dm_s1_1]
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
                                    '8d2b4f46e4c156c7bd16279a180d1be32e426e4a1e3c7c5e588e24e3981344df',
                                    CAST([src].[phone] AS NVARCHAR(MAX))
                                  ) AS NVARCHAR(MAX)) COLLATE Latin1_General_100_CI_AS_SC_UTF8 AS VARCHAR(MAX))
                                ),
                                2
                              )
                            ) AS [_dm_digest_1]
                          FROM [public].[calls] AS [src]
                        ) AS [src]
                      ) AS [src]
                    ) AS [src]
                  ) AS [src]
                ) AS [src]
              ) AS [src]
            ) AS [src]
          ) AS [src]
        ) AS [src]
      ) AS [src]
    ) AS [src]
  ) AS [src]
) AS [temp];

ALTER TABLE [masked].[_dm_stage_f46f5990ebfa]
ALTER COLUMN [id] INTEGER NOT NULL;

-- file: 003_swap.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect tsql
-- replaces each target table by its verified staging table and records what built it in
-- the target's _datamask_meta table (key fingerprint, rules hash, algorithm, watermark)

BEGIN TRANSACTION;

DROP TABLE IF EXISTS [masked].[calls];

DROP TABLE IF EXISTS [masked].[cards];

EXEC sp_rename '[masked].[_dm_stage_6ac9a32c0ca8]', 'cards';

EXEC sp_rename '[masked].[_dm_stage_f46f5990ebfa]', 'calls';

DELETE FROM [masked].[_datamask_meta]
WHERE
  [table_name] = 'cards';

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
  'cards',
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
  '73606fd2730f8b91bde4db07fd0efb1b07b603e30707626510b92248123616fc',
  'dm2',
  'full',
  NULL,
  NULL,
  CAST(GETDATE() AS NVARCHAR(MAX));

DELETE FROM [masked].[_datamask_meta]
WHERE
  [table_name] = 'calls';

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
  'calls',
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
  '057f02e42756e9c7535374cf3456080654914ccc2a9b4cd7fec826ad00e2c87f',
  'dm2',
  'full',
  NULL,
  NULL,
  CAST(GETDATE() AS NVARCHAR(MAX));

COMMIT TRANSACTION;

