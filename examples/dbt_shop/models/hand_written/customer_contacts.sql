-- A model written by hand with the datamask_sql macros. Same secret, same domain as the policy
-- (customers.email is the default domain of customers.email) -> the same masked values as
-- `datamask-sql run` and the generated models, so the two still join.
{{ config(materialized='table') }}
{% set shop = 'public' if target.type == 'postgres' else 'main' %}

select
    id,
    {{ datamask_sql.email('email', domain='customers.email') }} as email,
    {{ datamask_sql.mask('phone', {'transform': 'digits', 'keep_first': 3}, domain='customers.phone', column_length=24) }} as phone,
    {{ datamask_sql.fake('first_name', kind='first_name', column_length=40, domain='customers.first_name') }} as first_name,
    {{ datamask_sql.hash('last_name', length=12, domain='customers.last_name') }} as last_name_key
from {{ source(shop, 'customers') }}
