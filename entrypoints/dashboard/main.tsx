import { mount } from "@/components/mount";
import { DashboardApp } from "./DashboardApp";

mount(<DashboardApp />);
