CREATE TABLE public.customers (id INT PRIMARY KEY, email VARCHAR(100) UNIQUE, name VARCHAR(80));
CREATE TABLE public.orders (id INT PRIMARY KEY, customer_id INT REFERENCES public.customers (id), total INT);
