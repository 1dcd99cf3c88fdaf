import { mount } from "@/components/mount";
import { PopupApp } from "./PopupApp";

mount(<PopupApp />);
